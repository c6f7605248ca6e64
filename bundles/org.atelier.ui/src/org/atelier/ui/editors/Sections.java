package org.atelier.ui.editors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/** The sections of the editors' forms: a title, a line saying what they hold, and a two-column client. */
final class Sections {

    private Sections() {
    }

    /** A section in {@code body}, filling its width; returns its client, laid out in two columns (label, field). */
    static Composite create(FormToolkit toolkit, Composite body, String title, String description) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        section.setText(title);
        section.setDescription(description);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(2, false));
        section.setClient(client);
        return client;
    }
}
