package dev.faultline.model.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One validation result, for the Problems view and the CLI.
 *
 * @param severity how bad it is
 * @param rule the rule's id, e.g. {@code causal.cause-after-effect} (see {@link Rules})
 * @param message what is wrong, naming the object
 * @param object the object the problem is about (select it in the UI)
 */
public record Problem(Severity severity, String rule, String message, EObject object) {

    /** Problem severities, worst last. */
    public enum Severity {
        INFO, WARNING, ERROR
    }

    @Override
    public String toString() {
        return severity + " [" + rule + "] " + message;
    }
}
