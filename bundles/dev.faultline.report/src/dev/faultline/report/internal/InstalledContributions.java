package dev.faultline.report.internal;

import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.report.Picture;
import dev.faultline.report.ReportContributions;

/** The pictures of the parts of Faultline installed with the report bundle: the causal-chain diagram and the time axis. */
public final class InstalledContributions implements ReportContributions {

    public static final InstalledContributions INSTANCE = new InstalledContributions();

    private InstalledContributions() {
    }

    @Override
    public Result<Picture> diagram(InvestigationFolder folder) {
        return DiagramPicture.of(folder);
    }

    @Override
    public Result<Picture> timeAxis(InvestigationFolder folder) {
        return TimeAxisPicture.of(folder, new Texts(folder.investigation().getDisplayTimeZone()).zone());
    }
}
