package org.peercert.authoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;

/** A module quiz's pass mark and attempts, which the format keeps in module.yaml. */
final class QuizRulesForm extends FileForm {

    final IntegerField passMark = new IntegerField();
    final IntegerField maxAttempts = new IntegerField();

    QuizRulesForm(DraftSession session, String moduleYaml) {
        super(session, moduleYaml);
        passMark.setLabel(getTranslation("authoring.quiz.passMark"));
        passMark.setId("quiz-pass-mark");
        passMark.setHelperText(getTranslation("authoring.quiz.passMarkHelp"));
        passMark.setMin(1);
        passMark.setMax(100);
        maxAttempts.setLabel(getTranslation("authoring.quiz.attempts"));
        maxAttempts.setHelperText(getTranslation("authoring.quiz.attemptsHelp"));
        maxAttempts.setMin(0);
        var row = new Div(passMark, maxAttempts);
        row.addClassName("pc-form-row");
        add(row, footer());
        load();
    }

    @Override
    protected void show(String text) {
        Map<String, Object> module = DraftYaml.load(text);
        passMark.setValue(CourseSettingsForm.integer(module.get("pass_mark")));
        maxAttempts.setValue(CourseSettingsForm.integer(module.get("max_attempts")));
        owns("pass_mark", passMark);
        owns("max_attempts", maxAttempts);
    }

    @Override
    protected String content() {
        Map<String, Object> module = DraftYaml.load(session.text(path));
        CourseSettingsForm.putOrRemove(module, "pass_mark", passMark.getValue());
        CourseSettingsForm.putOrRemove(module, "max_attempts", maxAttempts.getValue());
        return DraftYaml.dump(module);
    }
}
