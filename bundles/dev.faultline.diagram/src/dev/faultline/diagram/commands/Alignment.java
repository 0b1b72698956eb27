package dev.faultline.diagram.commands;

import dev.faultline.diagram.notation.DiagramNode;

/** How {@link DiagramCommands#align} lines boxes up with the first selected one. */
public enum Alignment {
    LEFT("Left"), CENTER("Center"), RIGHT("Right"), TOP("Top"), MIDDLE("Middle"), BOTTOM("Bottom");

    private final String label;

    Alignment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The new {@code {x, y}} of {@code node} aligned with {@code primary}. */
    int[] position(DiagramNode primary, DiagramNode node) {
        int x = node.getX();
        int y = node.getY();
        switch (this) {
            case LEFT -> x = primary.getX();
            case CENTER -> x = primary.getX() + (primary.getWidth() - node.getWidth()) / 2;
            case RIGHT -> x = primary.getX() + primary.getWidth() - node.getWidth();
            case TOP -> y = primary.getY();
            case MIDDLE -> y = primary.getY() + (primary.getHeight() - node.getHeight()) / 2;
            case BOTTOM -> y = primary.getY() + primary.getHeight() - node.getHeight();
        }
        return new int[] { x, y };
    }
}
