package dev.faultline.model.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates EMF model code outside OSGi: by default the investigation model
 * ({@code dev.faultline.model/src-gen}) and its item providers ({@code dev.faultline.model.edit/src-gen})
 * from {@code faultline.genmodel}; with a second argument, the model code of another genmodel
 * (e.g. the diagram notation model of {@code dev.faultline.diagram}), without edit code.
 * <p>
 * Does by hand what the EMF plug-ins' plugin.xml would do in an IDE: resource factories, package
 * registrations, the generator adapter factory and the platform:/resource mapping of the two bundle
 * folders. Any output on stderr during generation is treated as failure, because the generator
 * reports template exceptions there while its Diagnostic still says OK.
 * <p>
 * Usage: {@code ModelCodeGenerator <bundles-folder> [<bundle>/model/<name>.genmodel]}
 */
public final class ModelCodeGenerator {

    private static final String MODEL_BUNDLE = "dev.faultline.model";
    private static final String EDIT_BUNDLE = "dev.faultline.model.edit";
    private static final String GENMODEL_PATH = MODEL_BUNDLE + "/model/faultline.genmodel";

    private ModelCodeGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ModelCodeGenerator <bundles-folder> [<bundle>/model/<name>.genmodel]");
            System.exit(2);
        }
        Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
        List<String> problems = args.length == 1
                ? generate(bundles, GENMODEL_PATH, List.of(MODEL_BUNDLE, EDIT_BUNDLE),
                        List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE))
                : generate(bundles, args[1], List.of(args[1].substring(0, args[1].indexOf('/'))),
                        List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE));
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("generate-model: " + p));
            System.exit(1);
        }
        System.out.println("generate-model: model and edit code generated into " + bundles);
    }

    /**
     * Runs the generation; returns the problems found (empty on success).
     *
     * @param genModelPath the genmodel, relative to {@code bundles} (its first segment is its bundle)
     * @param bundleNames the bundle folders the genmodel's directories point into
     * @param projectTypes the generator's project types to generate (model, edit)
     */
    static List<String> generate(Path bundles, String genModelPath, List<String> bundleNames, List<String> projectTypes)
            throws IOException {
        for (String bundle : bundleNames) {
            Path folder = bundles.resolve(bundle);
            if (!Files.isDirectory(folder)) {
                return List.of("bundle folder missing: " + folder);
            }
            EcorePlugin.getPlatformResourceMap().put(bundle, URI.createFileURI(folder + "/"));
        }

        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        URI ecoreJar = URI.createURI(EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().toString());
        resourceSet.getURIConverter().getURIMap().put(URI.createPlatformPluginURI("/org.eclipse.emf.ecore/", false),
                URI.createURI("archive:" + ecoreJar + "!/"));

        Resource genModelResource = resourceSet.getResource(URI.createPlatformResourceURI("/" + genModelPath, false), true);
        GenModel genModel = (GenModel) genModelResource.getContents().get(0);
        genModel.reconcile();
        List<EPackage> ePackages = new ArrayList<>();
        for (GenPackage genPackage : genModel.getGenPackages()) {
            ePackages.add(genPackage.getEcorePackage());
        }
        genModel.initialize(ePackages);
        addEcoreGenPackageIfUsed(resourceSet, genModel);
        genModel.setLineDelimiter("\n");
        genModel.setCanGenerate(true);

        List<String> problems = new ArrayList<>();
        Diagnostic diagnostic = genModel.diagnose();
        collect(diagnostic, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        saveIfChanged(genModelResource, bundles.resolve(genModelPath));

        PrintStream originalErr = System.err;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            Generator generator = new Generator();
            generator.setInput(genModel);
            for (String projectType : projectTypes) {
                collect(generator.generate(genModel, projectType, new BasicMonitor()), problems);
            }
        } finally {
            System.setErr(originalErr);
        }
        String stderr = errors.toString(StandardCharsets.UTF_8).strip();
        if (!stderr.isEmpty()) {
            problems.add("generator wrote to stderr:\n" + stderr);
        }
        return problems;
    }

    private static void addEcoreGenPackageIfUsed(ResourceSet resourceSet, GenModel genModel) {
        List<EPackage> missing = genModel.getMissingPackages();
        if (missing.contains(EcorePackage.eINSTANCE)) {
            Resource ecoreGenModel = resourceSet.getResource(
                    URI.createPlatformPluginURI("/org.eclipse.emf.ecore/model/Ecore.genmodel", false), true);
            GenModel used = (GenModel) ecoreGenModel.getContents().get(0);
            genModel.getUsedGenPackages().addAll(used.getGenPackages());
        }
    }

    private static void saveIfChanged(Resource resource, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, Map.of(Resource.OPTION_LINE_DELIMITER, "\n", XMLResource.OPTION_ENCODING, "UTF-8"));
        byte[] fresh = bytes.toByteArray();
        if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), fresh)) {
            Files.write(file, fresh);
        }
    }

    private static void collect(Diagnostic diagnostic, List<String> problems) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            if (diagnostic.getChildren().isEmpty()) {
                problems.add(diagnostic.getMessage());
            }
            for (Diagnostic child : diagnostic.getChildren()) {
                collect(child, problems);
            }
        }
    }
}
