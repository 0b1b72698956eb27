package dev.faultline.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.diagram.DiagramFiles;
import dev.faultline.diagram.DiagramScene;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.model.CausalLink;
import dev.faultline.model.persistence.InvestigationFolder;

/** {@code chain --propose --accept}: the accepted link is saved in the model and drawn into the causal-chain diagram. */
class ChainCommandTest {

    private static final Pattern SENSOR_PROPOSAL = Pattern
            .compile("\\{\"id\":\"(p-[0-9A-Za-z]+)\",\"cause\":\\{[^}]*\"label\":\"Sensor 7.11\"\\}.*\"status\":\"proposed\"\\}");

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int chain(boolean json, String... args) throws Exception {
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), temp, json);
        return new ChainCommand().run(context, List.of(args));
    }

    @Test
    void anAcceptedProposalIsDrawnIntoTheCausalChainDiagramAndSavedWithIt() throws Exception {
        new SampleCommand().run(new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), temp, false), List.of("cf291"));
        int edgesBefore = DiagramFiles.load(InvestigationFolder.open(temp.resolve("cf291")), "causal-chain").getEdges().size();
        out.reset();
        assertEquals(ExitCode.OK, chain(true, "--case", "cf291", "--propose"));
        String proposals = out.toString(StandardCharsets.UTF_8);
        String id = proposals.lines().map(SENSOR_PROPOSAL::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no open proposal from Sensor 7.11 in\n" + proposals));

        out.reset();
        err.reset();
        assertEquals(ExitCode.OK, chain(false, "--case", "cf291", "--propose", "--accept", id));
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("accepted 1, rejected 0"), messages);
        assertTrue(messages.contains("drawn into " + temp.resolve("cf291/diagrams/causal-chain.diagram")), messages);

        InvestigationFolder folder = InvestigationFolder.open(temp.resolve("cf291"));
        CausalLink link = folder.investigation().getCausalLinks().stream().filter(l -> l.getRationale() != null && l.getRationale().contains("(" + id + ","))
                .findFirst().orElseThrow(() -> new AssertionError("the accepted link was not saved"));
        Diagram diagram = DiagramFiles.load(folder, "causal-chain");
        assertEquals(edgesBefore + 1, diagram.getEdges().size(), "one arrow more in the saved diagram");
        DiagramEdge arrow = diagram.getEdges().stream().filter(e -> folder.idOf(link).equals(e.getLinkId())).findFirst()
                .orElseThrow(() -> new AssertionError("the saved diagram has no arrow for the accepted link"));
        assertEquals(link.getCause(), DiagramScene.element(folder, arrow.getSource().getElementId()), "from its cause's box");
        assertEquals(link.getEffect(), DiagramScene.element(folder, arrow.getTarget().getElementId()), "to its effect's box");
        assertNotNull(DiagramScene.of(diagram, folder).edges().stream().filter(e -> e.notation() == arrow).findFirst().orElse(null),
                "the arrow resolves against the saved investigation");
    }
}
