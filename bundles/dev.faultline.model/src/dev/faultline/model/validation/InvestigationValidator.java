package dev.faultline.model.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Investigation;
import dev.faultline.model.labels.ObjectLabels;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Validates an investigation with EMF's {@link Diagnostician}, EMF's structural checks and
 * {@link FaultlineRules}, and returns the results as a flat list of {@link Problem}s (errors
 * first, then in model order) for the Problems view and the CLI.
 * <p>
 * Uses its own validator registry, so it works the same inside and outside OSGi and does not
 * depend on global registrations.
 */
public final class InvestigationValidator {

    private final Diagnostician diagnostician;

    public InvestigationValidator() {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(FaultlinePackage.eINSTANCE, new FaultlineRules());
        diagnostician = new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return ObjectLabels.label(eObject);
            }
        };
    }

    /** Validates the investigation of a folder, including the evidence files against their hashes. */
    public List<Problem> validate(InvestigationFolder folder) {
        return validate(folder.investigation(), folder.evidenceDir());
    }

    /**
     * Validates an investigation.
     *
     * @param evidenceDir the evidence folder to check the evidence files in, or {@code null} to skip
     *        the file checks (e.g. for a model not saved yet)
     */
    public List<Problem> validate(Investigation investigation, Path evidenceDir) {
        Map<Object, Object> context = diagnostician.createDefaultContext();
        if (evidenceDir != null) {
            context.put(FaultlineRules.CONTEXT_EVIDENCE_DIR, evidenceDir);
        }
        BasicDiagnostic result = diagnostician.createDefaultDiagnostic(investigation);
        diagnostician.validate(investigation, result, context);
        List<Problem> problems = new ArrayList<>();
        collect(result, problems);
        problems.sort(Comparator.comparing((Problem p) -> p.severity()).reversed());
        return problems;
    }

    private static void collect(Diagnostic diagnostic, List<Problem> problems) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() > Diagnostic.OK && child.getChildren().isEmpty()) {
                problems.add(toProblem(child));
            }
            collect(child, problems);
        }
    }

    private static boolean isRule(Diagnostic diagnostic) {
        return FaultlineRules.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource());
    }

    private static Problem toProblem(Diagnostic diagnostic) {
        List<?> data = diagnostic.getData();
        EObject object = !data.isEmpty() && data.get(0) instanceof EObject o ? o : null;
        String rule = isRule(diagnostic) && data.size() > 1 && data.get(1) instanceof String r ? r : Rules.STRUCTURE;
        return new Problem(severity(diagnostic.getSeverity()), rule, diagnostic.getMessage(), object);
    }

    private static Problem.Severity severity(int severity) {
        if (severity >= Diagnostic.ERROR) {
            return Problem.Severity.ERROR;
        }
        return severity >= Diagnostic.WARNING ? Problem.Severity.WARNING : Problem.Severity.INFO;
    }
}
