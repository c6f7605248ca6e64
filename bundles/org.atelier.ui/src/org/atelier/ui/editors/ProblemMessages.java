package org.atelier.ui.editors;

import java.util.ArrayList;
import java.util.List;

import org.atelier.core.validation.Problem;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IMessageManager;

/** Validation problems shown in a form: at the field they are about, or in the form's header. */
final class ProblemMessages {

    private record Shown(String key, Control control) {
    }

    private final IMessageManager messages;
    private final List<Shown> shown = new ArrayList<>();

    ProblemMessages(IMessageManager messages) {
        this.messages = messages;
    }

    /** Where a problem is shown; null for the form's header, or skip to leave it to another page. */
    interface Placement {
        Control controlFor(Problem problem);

        boolean shows(Problem problem);
    }

    void show(List<Problem> problems, Placement placement) {
        messages.setAutoUpdate(false);
        for (Shown s : shown) {
            if (s.control() == null) {
                messages.removeMessage(s.key());
            } else if (!s.control().isDisposed()) {
                messages.removeMessage(s.key(), s.control());
            }
        }
        shown.clear();
        int i = 0;
        for (Problem problem : problems) {
            if (!placement.shows(problem)) {
                continue;
            }
            String key = "problem:" + i++;
            Control control = placement.controlFor(problem);
            int type = problem.isError() ? IMessageProvider.ERROR : IMessageProvider.WARNING;
            String text = problem.location() + ": " + problem.message();
            if (control == null || control.isDisposed()) {
                messages.addMessage(key, text, problem, type);
                shown.add(new Shown(key, null));
            } else {
                messages.addMessage(key, text, problem, type, control);
                shown.add(new Shown(key, control));
            }
        }
        messages.setAutoUpdate(true);
    }
}
