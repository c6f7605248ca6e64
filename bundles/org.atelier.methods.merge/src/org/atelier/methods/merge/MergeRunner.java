package org.atelier.methods.merge;

import java.nio.file.Path;
import java.util.Locale;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.RunContext;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.MethodConfig;
import org.atelier.core.project.BaseModels;
import org.atelier.tensors.DType;
import org.eclipse.emf.ecore.EEnumLiteral;

/**
 * Runs a merge experiment: A is the experiment's base model, B and C come from the configuration. The result
 * lands in the run's {@code output/} and joins the project's base models.
 */
public final class MergeRunner implements IMethodRunner {

    @Override
    public void run(RunContext context) throws Exception {
        MethodConfig config = context.config();
        MergeMethod method = MergeMethod.valueOf(literal(config, "algorithm"));
        Path a = context.baseModelPath();
        Path b = model(context, config, "modelB", method.models() >= 2);
        Path c = model(context, config, "modelC", method.models() == 3);
        DType dtype = switch (literal(config, "outputType")) {
        case "FP16" -> DType.F16;
        case "BF16" -> DType.BF16;
        case "FP32" -> DType.F32;
        default -> null;
        };
        double multiplier = (Double) value(config, "multiplier");
        String blocksText = (String) value(config, "blockWeights");
        double[] blocks = blocksText == null || blocksText.isBlank() || method == MergeMethod.NO_INTERPOLATION ? null
                : Blocks.parse(blocksText, a, multiplier);
        String vaeText = (String) value(config, "bakeVae");
        Path vae = vaeText == null || vaeText.isBlank() ? null : context.resolve(vaeText);
        String name = (String) value(config, "outputName");
        name = name == null || name.isBlank() ? "merged" : name;
        Merger.Spec spec = new Merger.Spec(method, a, b, c, multiplier, (Double) value(config, "beta"), blocks, dtype,
                (String) value(config, "discardWeights"), name, (Long) value(config, "seed"), vae);
        String extension = "CKPT".equals(literal(config, "outputFormat")) ? ".ckpt" : ".safetensors";
        Path output = context.outputFolder().resolve(name + extension);
        context.device(RunContext.JAVA_CPU);
        context.log("Merging " + a.getFileName() + (b == null ? "" : " and " + b.getFileName())
                + (c == null ? "" : " with " + c.getFileName()) + " by " + method.a1111Name()
                + (vae == null ? "" : ", baking in " + vae.getFileName()));
        Merger.Result result = Merger.merge(spec, output, new Merger.Progress() {
            @Override
            public void tensor(int done, int total, String tensor) {
                if (done == total || done % 25 == 0) {
                    context.progress(done, total, tensor);
                }
            }

            @Override
            public boolean cancelled() {
                return context.isCancelled();
            }
        });
        context.log(result.merged() + " tensors merged, " + result.copied() + " copied from A, " + result.partial()
                + " merged in their first channels, " + result.baked() + " from the VAE, " + result.discarded()
                + " discarded");
        context.addArtifact(output);
        BaseModel made = BaseModels.describe(output, context.projectFolder(), name, false);
        made.setName(name + " (" + method.a1111Name().toLowerCase(Locale.ROOT) + ", run " + context.run().getId() + ")");
        context.addModel(made);
    }

    private static Object value(MethodConfig config, String feature) {
        return config.eGet(config.eClass().getEStructuralFeature(feature));
    }

    private static String literal(MethodConfig config, String feature) {
        return ((EEnumLiteral) value(config, feature)).getLiteral();
    }

    private static Path model(RunContext context, MethodConfig config, String feature, boolean needed) {
        if (!needed) {
            return null;
        }
        BaseModel model = (BaseModel) value(config, feature);
        if (model == null || model.getPath() == null) {
            throw new IllegalArgumentException(feature + ": this merge needs it; choose a base model of the project");
        }
        return context.resolve(model.getPath());
    }
}
