package org.peercert.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.peercert.account.CurrentUser;
import org.peercert.account.Role;
import org.peercert.authoring.AuthoringException;
import org.peercert.authoring.Drafts;
import org.peercert.authoring.GiftImports;
import org.peercert.authoring.ui.DraftTree.ModuleNode;
import org.peercert.curriculum.CourseCatalog;

/**
 * The draft editor: a side list of the course tree (settings, modules with their lessons, quiz and practices,
 * the question bank) and the draft's Problems, Diff, Preview and Publish; the chosen part's form beside it.
 * The services check every action; a draft the user may not edit is "not found" here.
 */
@Route("trainer/authoring/:draftId([0-9]{1,18})")
@PageTitle("Draft · PeerCert")
@StyleSheet("context://peercert/styles/authoring.css")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class DraftEditorView extends Div implements BeforeEnterObserver {

    private final Drafts drafts;
    private final CurrentUser currentUser;
    private final CourseCatalog catalog;
    private final GiftImports gifts;
    final Nav tree = new Nav();
    final Div content = new Div();
    final Button problems = new Button();
    final Button publish = new Button();
    @Nullable DraftSession session;
    /** The form or panel shown now (for tests and for keeping unsaved work when the tree redraws). */
    @Nullable Component shown;

    DraftEditorView(Drafts drafts, CourseCatalog catalog, GiftImports gifts, CurrentUser currentUser) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.gifts = gifts;
        this.currentUser = currentUser;
        addClassNames("pc-page", "pc-authoring");
        tree.addClassName("pc-draft-tree");
        tree.getElement().setAttribute("aria-label", getTranslation("authoring.tree"));
        content.addClassName("pc-draft-content");
        problems.setId("nav-problems");
        problems.addClickListener(click -> showProblems());
        publish.setId("nav-publish");
        publish.setText(getTranslation("authoring.nav.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> openPublish());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long draftId = event.getRouteParameters().getLong("draftId").orElse(-1L);
        try {
            session = new DraftSession(drafts, currentUser.id(), draftId);
        } catch (AuthoringException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        session.onValidated(() -> {
            drawTree(); // a new lesson, a renamed module
            updateStatus();
        });
        removeAll();
        var back = new Anchor("trainer/authoring", getTranslation("authoring.back"));
        var title = new H1(getTranslation("authoring.editor.title", session.summary().title()));
        var base = new Paragraph(session.summary().basedOnVersion() == null ? getTranslation("authoring.newCourse")
                : getTranslation("authoring.basedOn", session.summary().courseKey(), session.summary().basedOnVersion()));
        var layout = new Div(tree, content);
        layout.addClassName("pc-draft-layout");
        var discard = new Button(getTranslation("authoring.discard"), click -> confirmDiscard());
        discard.setId("draft-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(back, title, base, discard, layout);
        drawTree();
        updateStatus();
        openCourse();
    }

    DraftSession session() {
        if (session == null) {
            throw new IllegalStateException("no draft open");
        }
        return session;
    }

    private void drawTree() {
        tree.removeAll();
        tree.add(item(getTranslation("authoring.nav.course"), "nav-course", 0, this::openCourse));
        tree.add(item(getTranslation("authoring.nav.modules"), "nav-modules", 0, this::openModules));
        for (ModuleNode module : DraftTree.modules(session())) {
            tree.add(item(module.title().isBlank() ? module.id() : module.title(), "nav-module-" + module.id(), 1,
                    () -> show(new ModuleForm(session(), module, this::openFile))));
            module.lessons().forEach(lesson -> tree.add(item(LessonFile.parse(session().text(lesson)).title(),
                    "nav-" + navId(lesson), 2, () -> openFile(lesson))));
            tree.add(item(getTranslation("authoring.nav.quiz"), "nav-quiz-" + module.id(), 2, () -> openQuiz(module)));
            module.practices().forEach(practice -> tree.add(item(DraftTree.name(practice), "nav-" + navId(practice), 2,
                    () -> openFile(practice))));
        }
        tree.add(item(getTranslation("authoring.nav.bank"), "nav-bank", 0, this::openBank));
        DraftTree.bankFiles(session()).forEach(file -> tree.add(item(DraftTree.name(file), "nav-" + navId(file), 1, () -> openFile(file))));
        tree.add(problems);
        tree.add(item(getTranslation("authoring.nav.diff"), "nav-diff", 0, () -> show(DraftPanels.diff(session()))));
        tree.add(item(getTranslation("authoring.nav.preview"), "nav-preview", 0, () -> show(DraftPanels.previews(session(), this::show))));
        tree.add(publish);
    }

    private static String navId(String path) {
        return path.replaceAll("[^a-zA-Z0-9-]", "-");
    }

    private Button item(String text, String id, int depth, Runnable open) {
        var button = new Button(text, click -> open.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassNames("pc-tree-item", "pc-tree-depth-" + depth);
        return button;
    }

    private void updateStatus() {
        int count = session().problems().size();
        problems.setText(getTranslation("authoring.nav.problems", count));
        problems.setClassName("pc-tree-item");
        problems.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        problems.getElement().getClassList().set("pc-has-problems", count > 0);
        publish.setEnabled(count == 0);
        publish.getElement().setAttribute("title", count == 0 ? "" : getTranslation("authoring.publish.disabled"));
    }

    void show(Component component) {
        content.removeAll();
        content.add(component);
        shown = component;
    }

    void openCourse() {
        show(new CourseSettingsForm(session()));
    }

    void openModules() {
        show(new ModulesForm(session(), this::drawTree));
    }

    void openQuiz(ModuleNode module) {
        var quiz = new Div(new QuestionsForm(session(), module.quiz(), getTranslation("authoring.quiz.heading", module.title()), true,
                module.id()), new QuizRulesForm(session(), module.moduleYaml()));
        quiz.addClassName("pc-quiz-editor");
        show(quiz);
    }

    /** Every bank file with its GIFT export, and the GIFT import that adds bank files or extends one. */
    void openBank() {
        var importGift = new Button(getTranslation("authoring.gift.import"), click -> openGiftImport());
        importGift.setId("bank-import-gift");
        var bank = new Div(importGift);
        var files = DraftTree.bankFiles(session());
        if (files.isEmpty()) {
            bank.add(new Paragraph(getTranslation("authoring.bank.none")));
        }
        files.forEach(file -> bank.add(bankFile(file)));
        bank.add(new Span(getTranslation("authoring.bank.quizzes")));
        BankQuestions.used(session()).stream().sorted().forEach(id -> bank.add(new Paragraph(id)));
        show(bank);
    }

    GiftImportDialog openGiftImport() {
        var dialog = new GiftImportDialog(session(), gifts, this::openBank);
        dialog.open();
        return dialog;
    }

    private Div bankFile(String path) {
        var panel = new Div(new Paragraph(giftExport(path)), new QuestionsForm(session(), path, DraftTree.name(path), false, "bank"));
        panel.addClassName("pc-bank-file");
        return panel;
    }

    /** The bank file as saved, as a GIFT download: {@code bank/crisis.yaml} is {@code crisis.gift}. */
    private Anchor giftExport(String path) {
        long actor = session().actor();
        long draftId = session().draftId();
        String bank = DraftTree.name(path).replaceFirst("\\.yaml$", "");
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] gift = gifts.exportFromDraft(actor, draftId, path).gift().getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(gift), bank + ".gift", "text/plain; charset=UTF-8", gift.length);
            } catch (AuthoringException e) { // the file was deleted meanwhile, or is not readable YAML: its problem is listed
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND, e.getMessage());
            }
        }), getTranslation("authoring.gift.export", DraftTree.name(path)));
        link.setId("export-gift-" + bank);
        return link;
    }

    /** The form that owns a file, e.g. from the Problems list. */
    void openFile(String path) {
        drawTree(); // the file may be new
        var modules = DraftTree.modules(session());
        if (path.equals(CourseSettingsForm.PATH)) {
            openCourse();
        } else if (path.endsWith("/module.yaml")) {
            modules.stream().filter(m -> m.moduleYaml().equals(path)).findFirst()
                    .ifPresentOrElse(m -> show(new ModuleForm(session(), m, this::openFile)), () -> show(new RawFileForm(session(), path)));
        } else if (path.endsWith("/quiz.yaml")) {
            modules.stream().filter(m -> m.quiz().equals(path)).findFirst()
                    .ifPresentOrElse(this::openQuiz, () -> show(new RawFileForm(session(), path)));
        } else if (path.endsWith(".md")) {
            show(new LessonForm(session(), path, this::openModules));
        } else if (DraftTree.name(path).startsWith("practice-")) {
            show(new PracticeForm(session(), path, this::openModules));
        } else if (path.startsWith("bank/")) {
            show(bankFile(path));
        } else if (path.matches(".*\\.(png|jpe?g|gif|webp)")) {
            show(new Paragraph(path));
        } else {
            show(new RawFileForm(session(), path));
        }
    }

    void showProblems() {
        show(DraftPanels.problems(session(), this::openFile));
    }

    private void confirmDiscard() {
        var dialog = new com.vaadin.flow.component.dialog.Dialog(new Paragraph(getTranslation("authoring.discard.confirm")));
        var yes = new Button(getTranslation("authoring.discard"), click -> {
            try {
                drafts.discard(session().actor(), session().draftId());
                dialog.close();
                Notification.show(getTranslation("authoring.discarded"));
                getUI().ifPresent(ui -> ui.navigate(AuthoringView.class));
            } catch (AuthoringException e) {
                dialog.add(new Paragraph(e.getMessage()));
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("authoring.cancel"), click -> dialog.close()), yes);
        dialog.open();
    }

    void openPublish() {
        String newest = catalog.publishedCourse(session().summary().courseKey()).map(CourseCatalog.CourseOverview::version).orElse(null);
        var dialog = new PublishDialog(session(), newest, outcome -> {
            Notification.show(getTranslation("authoring.published", outcome.version()));
            getUI().ifPresent(ui -> ui.navigate(AuthoringView.class));
        });
        dialog.open();
    }
}
