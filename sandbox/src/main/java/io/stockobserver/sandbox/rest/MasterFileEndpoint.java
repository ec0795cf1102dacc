package io.stockobserver.sandbox.rest;

import io.stockobserver.sandbox.fault.FaultPlan;
import io.stockobserver.sandbox.master.MasterFiles;
import io.stockobserver.sandbox.master.MasterLayout;
import io.stockobserver.sandbox.stats.SandboxCounters;
import java.util.Objects;

/**
 * 종목정보파일 download — GET /common/master/kospi_code.mst.zip or /common/master/kosdaq_code.mst.zip (KIS facts §8).
 * Public, like the real download host: no token, no headers, no rate limit. Served as application/zip holding the
 * cp949 file; HTTP 503 with a failure page while the fault plan makes master files unavailable.
 */
public final class MasterFileEndpoint implements RestEndpoint {

    /** The directory of the download paths. */
    public static final String DIRECTORY = "/common/master/";
    /** The content type of the downloads. */
    public static final String ZIP_CONTENT_TYPE = "application/zip";

    private final MasterLayout layout;
    private final MasterFiles files;
    private final FaultPlan faults;
    private final SandboxCounters counters;

    /** Creates the download of one market's file. */
    public MasterFileEndpoint(MasterLayout layout, MasterFiles files, FaultPlan faults, SandboxCounters counters) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.files = Objects.requireNonNull(files, "files");
        this.faults = Objects.requireNonNull(faults, "faults");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String path() {
        return DIRECTORY + layout.zipName();
    }

    @Override
    public RestReply handle(RestRequest request) {
        if (faults.masterFilesUnavailable()) {
            counters.injectedMasterFileFailure();
            return GatewayFailurePage.serviceUnavailable();
        }
        byte[] zip = files.zip(layout);
        counters.masterFileServed();
        return RestReply.of(200, ZIP_CONTENT_TYPE, zip);
    }
}
