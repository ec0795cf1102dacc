package io.stockobserver.sandbox.market;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Makes unique Korean-looking company names, and the industry (업종) each name suggests. */
final class NameGenerator {

    private static final List<String> PREFIXES = List.of(
            "한국", "대한", "동양", "서울", "태평양", "미래", "신성", "삼화", "대성", "한일", "고려", "세방", "동원", "우리", "새한", "금호", "한빛", "일진",
            "대림", "효성", "조선", "경동", "화신", "성우", "유니", "에이치", "케이", "디에스", "엔씨", "제이", "아이", "코리아", "동화", "삼양", "한솔",
            "영풍", "대원", "극동", "청호", "푸른");
    private static final List<String> MIDDLES = List.of("", "", "", "", "글로벌", "첨단", "정보", "네오", "스마트", "그린", "뉴");
    private static final List<String[]> SUFFIXES = List.of(
            new String[] {"전자", "전기·전자"},
            new String[] {"반도체", "반도체"},
            new String[] {"화학", "화학"},
            new String[] {"제약", "의약품"},
            new String[] {"바이오", "제약"},
            new String[] {"생명과학", "의약품"},
            new String[] {"건설", "건설업"},
            new String[] {"중공업", "기계"},
            new String[] {"기계", "기계"},
            new String[] {"정밀", "기계"},
            new String[] {"산업", "제조"},
            new String[] {"테크", "IT 서비스"},
            new String[] {"시스템", "IT 서비스"},
            new String[] {"소프트", "소프트웨어"},
            new String[] {"에너지", "전기·가스업"},
            new String[] {"소재", "화학"},
            new String[] {"물산", "유통업"},
            new String[] {"상사", "유통업"},
            new String[] {"식품", "음식료품"},
            new String[] {"통신", "통신업"},
            new String[] {"증권", "증권"},
            new String[] {"금융지주", "금융업"},
            new String[] {"철강", "철강·금속"},
            new String[] {"해운", "운수창고업"},
            new String[] {"항공", "운수창고업"},
            new String[] {"모터스", "운수장비"},
            new String[] {"게임즈", "디지털컨텐츠"},
            new String[] {"엔터", "오락·문화"},
            new String[] {"홀딩스", "금융업"},
            new String[] {"로직스", "운수창고업"},
            new String[] {"섬유", "섬유·의복"},
            new String[] {"제지", "종이·목재"},
            new String[] {"리츠", "부동산"},
            new String[] {"의료기", "의료정밀"},
            new String[] {"케미칼", "화학"});

    private final SplittableRandom rng;
    private final Set<String> taken = new HashSet<>();

    NameGenerator(SplittableRandom rng, Set<String> reserved) {
        this.rng = rng;
        this.taken.addAll(reserved);
    }

    /** A generated name and the industry it implies. */
    record Name(String name, String sector) {}

    /** Returns a name not returned before (numbered when the combinations run out). */
    Name next() {
        for (int attempt = 0; attempt < 50; attempt++) {
            String[] suffix = SUFFIXES.get(rng.nextInt(SUFFIXES.size()));
            String name = pick(PREFIXES) + pick(MIDDLES) + suffix[0];
            if (taken.add(name)) {
                return new Name(name, suffix[1]);
            }
        }
        String[] suffix = SUFFIXES.get(rng.nextInt(SUFFIXES.size()));
        String base = pick(PREFIXES) + suffix[0];
        int number = 2;
        while (!taken.add(base + number)) {
            number++;
        }
        return new Name(base + number, suffix[1]);
    }

    private String pick(List<String> options) {
        return options.get(rng.nextInt(options.size()));
    }
}
