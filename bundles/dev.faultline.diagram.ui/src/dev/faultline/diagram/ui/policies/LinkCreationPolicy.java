package dev.faultline.diagram.ui.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;

import dev.faultline.diagram.commands.DiagramCommands;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.ui.commands.EmfCommand;
import dev.faultline.diagram.ui.editparts.EditorContext;
import dev.faultline.model.CausalNode;
import dev.faultline.model.RelationKind;

/** Drawing a causal link from one box to another with a palette link tool (its relation kind). */
public final class LinkCreationPolicy extends GraphicalNodeEditPolicy {

    private final EditorContext context;

    public LinkCreationPolicy(EditorContext context) {
        this.context = context;
    }

    /** The start of a link being drawn: the cause's box and the relation (never executed itself). */
    static final class LinkStart extends Command {
        final DiagramNode source;
        final RelationKind relation;

        LinkStart(DiagramNode source, RelationKind relation) {
            super("Create Causal Link");
            this.source = source;
            this.relation = relation;
        }
    }

    @Override
    protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
        DiagramNode source = (DiagramNode) getHost().getModel();
        if (!(request.getNewObjectType() instanceof RelationKind relation) || context.node(source) == null
                || !(context.node(source).fact() instanceof CausalNode)) {
            return null;
        }
        LinkStart start = new LinkStart(source, relation);
        request.setStartCommand(start);
        return start;
    }

    @Override
    protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
        if (!(request.getStartCommand() instanceof LinkStart start)) {
            return null;
        }
        DiagramNode target = (DiagramNode) getHost().getModel();
        return new EmfCommand(DiagramCommands.createLink(context.domain(), context.folder(), context.diagram(), start.source, target,
                start.relation));
    }

    @Override
    protected Command getReconnectSourceCommand(ReconnectRequest request) {
        return null;
    }

    @Override
    protected Command getReconnectTargetCommand(ReconnectRequest request) {
        return null;
    }
}
