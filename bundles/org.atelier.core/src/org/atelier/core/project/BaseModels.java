package org.atelier.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.atelier.core.model.Architecture;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.PredictionType;
import org.atelier.core.model.TrainingProject;
import org.atelier.tensors.ModelDetector;
import org.atelier.tensors.ModelInfo;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorSource;
import org.atelier.tensors.Hashes;

/** Base models of a training project, described by what their files are. */
public final class BaseModels {

    private BaseModels() {
    }

    /**
     * A base model for {@code file}: its family, prediction type and sha256 detected from the file.
     *
     * @throws TensorFileException when the file cannot be read, or is not a whole Stable Diffusion model (a LoRA,
     *                             an embedding, a VAE alone)
     */
    public static BaseModel describe(Path file, Path projectFolder, String id, boolean hash) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        ModelInfo info;
        try (TensorSource source = TensorFiles.open(absolute)) {
            info = ModelDetector.detect(source);
        }
        if (info.kind() != ModelInfo.Kind.CHECKPOINT) {
            throw new TensorFileException(absolute, "not a base model: it is a " + info.summary()
                    + "; a base model is a whole checkpoint (UNet, VAE and text encoders) or a diffusers folder");
        }
        BaseModel model = AtelierFactory.eINSTANCE.createBaseModel();
        model.setId(id);
        model.setName(absolute.getFileName().toString());
        Path folder = projectFolder.toAbsolutePath().normalize();
        model.setPath(absolute.startsWith(folder) ? folder.relativize(absolute).toString() : absolute.toString());
        model.setArchitecture(architecture(info.architecture()));
        model.setPredictionType("v-prediction".equals(info.prediction()) ? PredictionType.VPREDICTION : PredictionType.EPSILON);
        if (hash && Files.isRegularFile(absolute)) {
            model.setSha256(Hashes.sha256(absolute));
        }
        return model;
    }

    static Architecture architecture(ModelInfo.Architecture architecture) {
        return switch (architecture) {
        case SD1 -> Architecture.SD1;
        case SD2 -> Architecture.SD2;
        case SDXL -> Architecture.SDXL;
        case SDXL_REFINER -> Architecture.SDXL_REFINER;
        default -> Architecture.UNKNOWN;
        };
    }

    /** An id for a file that no base model of the project has yet: its name, simplified. */
    public static String newId(TrainingProject project, Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.(safetensors|ckpt|pt|pth|bin)$", "");
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "model";
        }
        String id = base;
        for (int i = 2; exists(project, id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    public static boolean exists(TrainingProject project, String id) {
        return project.getBaseModels().stream().anyMatch(m -> id.equals(m.getId()));
    }
}
