package dev.faultline.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's two commands on a machine that lacks things (issue 16): the workbench without a
 * display, and releng/scripts/ensure-packages.sh (used by ./test, .ci/run and ./faultline) with the
 * Debian packages absent — dpkg-query, id and apt-get replaced by fakes on PATH.
 */
class SetupScriptsTest {

    @TempDir
    Path fakes;

    private record Run(int exitCode, String err) {
    }

    private void fake(String name, String script) throws Exception {
        Path file = fakes.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Run ensurePackages(String purpose, String display) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", FaultlineProcess.root().resolve("releng/scripts/ensure-packages.sh").toString(),
                purpose);
        Map<String, String> env = builder.environment();
        env.put("PATH", fakes + ":" + env.get("PATH"));
        env.remove("DISPLAY");
        if (display != null) {
            env.put("DISPLAY", display);
        }
        Path err = fakes.resolve("err.txt");
        Process process = builder.redirectError(err.toFile()).redirectOutput(fakes.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(1, TimeUnit.MINUTES));
        return new Run(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theWorkbenchWithoutADisplaySaysWhatIsMissingAndHowToRunHeadless() throws Exception {
        FaultlineProcess.Result result = FaultlineProcess.run(fakes);
        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.err().contains("no display"), result.err());
        assertTrue(result.err().contains("./faultline --help"), result.err());
        assertTrue(result.err().contains("xvfb-run -a ./faultline"), result.err());
    }

    @Test
    void notRootItPrintsTheOneCommandThatInstallsWhatIsMissing() throws Exception {
        fake("dpkg-query", "exit 1"); // nothing installed
        fake("id", "echo 1000");
        fake("sudo", "exit 0");
        Run test = ensurePackages("test", null);
        assertEquals(3, test.exitCode(), test.err());
        assertTrue(test.err().contains("  sudo apt-get update && sudo apt-get install -y --no-install-recommends"
                + " xvfb xauth libgtk-3-0 libxtst6 dbus-x11 imagemagick fonts-dejavu-core fontconfig\n"), test.err());
        Run withDisplay = ensurePackages("test", ":5");
        assertTrue(withDisplay.err().contains("--no-install-recommends libgtk-3-0 libxtst6 dbus-x11"), "no Xvfb needed with a display: " + withDisplay.err());
        Run workbench = ensurePackages("workbench", ":5");
        assertEquals(3, workbench.exitCode());
        assertTrue(workbench.err().contains("--no-install-recommends libgtk-3-0 libxtst6 fonts-dejavu-core fontconfig\n"), workbench.err());
    }

    @Test
    void asRootItInstallsExactlyWhatIsMissing() throws Exception {
        // dpkg-query knows xvfb, xauth, fontconfig and the renamed GTK of Debian 13 as installed
        fake("dpkg-query", "printf 'xvfb ii \\nxauth ii \\nfontconfig ii \\nlibgtk-3-0t64 ii \\ndbus-x11 un \\n'; exit 1");
        fake("id", "echo 0");
        Path calls = fakes.resolve("apt-calls.txt");
        fake("apt-get", "echo \"$*\" >> " + calls);
        Run run = ensurePackages("test", null);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("update -q\ninstall -y -q --no-install-recommends libxtst6 dbus-x11 imagemagick fonts-dejavu-core\n",
                Files.readString(calls));
    }

    @Test
    void withEverythingInstalledItSaysNothing() throws Exception {
        fake("dpkg-query", "for p in \"$@\"; do case $p in -*) ;; *) echo \"$p ii \";; esac; done");
        fake("id", "echo 1000");
        Run run = ensurePackages("test", null);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
    }
}
