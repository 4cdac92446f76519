package org.peercert.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import org.jspecify.annotations.Nullable;

/** A page opened from a mailed link {@code ...?token=...}: shows the outcome, or why the link was refused. */
abstract class TokenLinkView extends Div implements HasUrlParameter<String> {

    final H1 title = new H1();
    final Paragraph outcome = new Paragraph();

    TokenLinkView(String titleKey) {
        addClassNames("pc-page", "pc-narrow");
        title.setText(getTranslation(titleKey));
        outcome.setId("token-outcome");
        add(title, outcome);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String ignored) {
        var values = event.getLocation().getQueryParameters().getParameters().get("token");
        onToken(values == null || values.isEmpty() ? "" : values.getFirst());
    }

    abstract void onToken(String token);
}
