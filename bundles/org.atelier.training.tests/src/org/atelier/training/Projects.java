package org.atelier.training;

import java.awt.Color;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.atelier.core.model.MethodConfig;
import org.atelier.methods.lora.model.LoraConfig;
import org.atelier.methods.ti.model.TextualInversionConfig;
import org.atelier.tensors.SdLayout;
import org.atelier.core.testing.TestImages;
import org.atelier.training.testing.TrainingProjects;

/** Training projects for the tests: a tiny SD 1.x model, a byte-level tokenizer, and images of flat shapes. */
final class Projects {

    private Projects() {
    }

    /** An image of a coloured disc or square on white, {@code w x h}. */
    static void image(Path file, int w, int h, Color color, boolean disc) throws Exception {
        TestImages.shape(file, w, h, color, disc);
    }

    /** {@link #create} of a LoRA experiment on a tiny SD 1.x model. */
    static Path lora(Path folder, String name, Consumer<? super LoraConfig> configure) throws Exception {
        return lora(folder, SdLayout.tinySd1(), name, configure);
    }

    static Path lora(Path folder, SdLayout.Config layout, String name, Consumer<? super LoraConfig> configure) throws Exception {
        return create(folder, layout, "org.atelier.methods.lora", LoraConfig.class, name, configure);
    }

    /** {@link #create} of a textual-inversion experiment on a tiny SD 1.x model. */
    static Path textualInversion(Path folder, String name, Consumer<? super TextualInversionConfig> configure) throws Exception {
        return textualInversion(folder, SdLayout.tinySd1(), name, configure);
    }

    static Path textualInversion(Path folder, SdLayout.Config layout, String name, Consumer<? super TextualInversionConfig> configure)
            throws Exception {
        return create(folder, layout, "org.atelier.methods.ti", TextualInversionConfig.class, name, configure);
    }

    static <C extends MethodConfig> Path create(Path folder, SdLayout.Config layout, String method, Class<C> configClass,
            String name, Consumer<? super C> configure) throws Exception {
        return TrainingProjects.create(folder, layout, method, configClass, name, configure);
    }
}
