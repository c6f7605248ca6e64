package org.atelier.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.core.methods.RunContext;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.MethodConfig;
import org.atelier.core.model.Subset;
import org.atelier.tensors.Hashes;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * How a result was trained, as one JSON object a model file carries in its metadata ({@code atelier_training_recipe}):
 * the method, the base model with its sha256, the datasets' folders with their repeats and roles, the seed, the
 * steps done and every setting of the configuration. With the images, the run folder alone makes the result again.
 */
public final class TrainingRecipe {

    private TrainingRecipe() {
    }

    public static String json(RunContext context, long steps) throws IOException {
        Experiment experiment = context.experiment();
        JsonObject recipe = new JsonObject();
        recipe.addProperty("method", experiment.getMethod());
        recipe.addProperty("experiment", experiment.getName());
        recipe.addProperty("run", context.run().getId());
        BaseModel base = context.run().getBaseModel();
        if (base != null) {
            JsonObject model = new JsonObject();
            model.addProperty("id", base.getId());
            Path file = context.baseModelPath();
            model.addProperty("file", file.getFileName().toString());
            if (Files.isRegularFile(file)) {
                model.addProperty("sha256", Hashes.sha256Cached(file));
            }
            recipe.add("base_model", model);
        }
        JsonArray datasets = new JsonArray();
        for (Dataset dataset : experiment.getDatasets()) {
            JsonObject d = new JsonObject();
            d.addProperty("id", dataset.getId());
            d.addProperty("resolution", dataset.getResolution());
            JsonArray folders = new JsonArray();
            for (Subset subset : dataset.getSubsets()) {
                JsonObject f = new JsonObject();
                f.addProperty("path", subset.getPath());
                f.addProperty("repeats", subset.getRepeats());
                f.addProperty("role", subset.getRole().getLiteral());
                folders.add(f);
            }
            d.add("folders", folders);
            datasets.add(d);
        }
        recipe.add("datasets", datasets);
        recipe.addProperty("seed", experiment.getSeed());
        recipe.addProperty("steps", steps);
        recipe.add("config", settings(experiment.getConfig()));
        return recipe.toString();
    }

    /** Every attribute of the configuration with its value, as the experiment file writes it. */
    private static JsonObject settings(MethodConfig config) {
        JsonObject settings = new JsonObject();
        if (config != null) {
            for (EAttribute attribute : config.eClass().getEAllAttributes()) {
                Object value = config.eGet(attribute);
                settings.addProperty(attribute.getName(), value == null ? null
                        : EcoreUtil.convertToString(attribute.getEAttributeType(), value));
            }
        }
        return settings;
    }
}
