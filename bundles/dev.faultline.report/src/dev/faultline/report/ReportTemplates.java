package dev.faultline.report;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.faultline.report.internal.MarkdownOutputFormat;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The FreeMarker templates reports are written from. Built-in templates live in this bundle's
 * {@code templates/} folder ({@code html/report.ftlh} and one {@code html/<section>.ftlh} per section;
 * {@code md/report.ftlmd} and {@code md/<section>.ftlmd}; for the PDF {@code pdf/report.ftlx},
 * {@code pdf/<section>.ftlx} and the print style sheet {@code pdf/report.css}). An organisation replaces any of them by
 * putting a file of the same relative name into a templates folder: the one given to the constructor
 * ({@code --templates DIR}), else {@code templates/} inside the investigation folder; files missing
 * there come from the built-in set.
 * <p>
 * Every {@code ${value}} is escaped for its format whatever the template says about it: {@code .ftlh}
 * templates are HTML and {@code .ftlx} templates XML (FreeMarker's own escaping), {@code .ftlmd} templates Markdown
 * ({@link MarkdownOutputFormat}). Templates cannot create Java objects ({@code ?new}) or reach the
 * Java API ({@code ?api}).
 */
public final class ReportTemplates {

    /** The name of the folder inside an investigation that holds its own templates. */
    public static final String INVESTIGATION_FOLDER = "templates";

    private final Configuration configuration;
    private final List<Path> folders;

    /**
     * @param folders template folders searched first, in order (missing folders are skipped)
     */
    public ReportTemplates(List<Path> folders) throws IOException {
        this.folders = folders.stream().filter(Files::isDirectory).toList();
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path folder : this.folders) {
            loaders.add(new FileTemplateLoader(new File(folder.toString())));
        }
        loaders.add(new ClassTemplateLoader(ReportTemplates.class.getClassLoader(), "templates"));
        configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        configuration.setTemplateConfigurations(
                new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlmd"), markdown));
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
    }

    /** The built-in templates only. */
    public static ReportTemplates builtIn() throws IOException {
        return new ReportTemplates(List.of());
    }

    /** The folders searched before the built-in templates. */
    public List<Path> folders() {
        return folders;
    }

    /**
     * Renders one template with {@code model} as its data.
     *
     * @throws ReportException naming the template and the place of the error
     */
    public String render(String name, Map<String, Object> model) throws ReportException {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new ReportException("template " + name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ReportException("template " + name + " cannot be read: " + e.getMessage(), e);
        }
    }
}
