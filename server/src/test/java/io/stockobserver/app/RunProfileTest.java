package io.stockobserver.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The README's run command must let an operator's OBSERVER_DATA_DIR win: liberty-maven-plugin writes
 * {@code liberty.env.*} into server.env, which Liberty's launcher exports over the caller's environment, while a
 * {@code liberty.defaultVar.*} is a server.xml default (MicroProfile Config ordinal 1, below the environment's 300 —
 * seen on Liberty 26.0.0.3: {@code OBSERVER_DATA_DIR=/tmp/x mvn -Prun} archives to /tmp/x).
 */
class RunProfileTest {
    private static Element profile(String id) throws Exception {
        Document pom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile());
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element p = (Element) profiles.item(i);
            if (p.getElementsByTagName("id").item(0).getTextContent().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no profile " + id);
    }

    @Test
    void shouldGiveTheDataDirectoryAsADefaultTheEnvironmentOverrides() throws Exception {
        Element run = profile("run");
        assertThat(run.getElementsByTagName("liberty.env.OBSERVER_DATA_DIR").getLength())
                .isZero();
        assertThat(run.getElementsByTagName("liberty.defaultVar.observer.data.dir")
                        .item(0)
                        .getTextContent())
                .isEqualTo("${maven.multiModuleProjectDirectory}/data");
        for (String tag : new String[] {"*"}) {
            NodeList all = run.getElementsByTagName(tag);
            for (int i = 0; i < all.getLength(); i++) {
                assertThat(all.item(i).getNodeName())
                        .as("the run profile writes nothing into server.env")
                        .doesNotStartWith("liberty.env.");
            }
        }
    }

    @Test
    void shouldKeepTheTestServersSettingsOnAServerOfItsOwn() throws Exception {
        assertThat(profile("it")
                        .getElementsByTagName("liberty.server.name")
                        .item(0)
                        .getTextContent())
                .isEqualTo("observer-it");
    }
}
