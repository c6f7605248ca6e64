/**
 */
package org.atelier.methods.finetune.model;

import org.atelier.core.model.SavesWeights;

import org.atelier.training.model.TrainingConfig;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Full-weight training: what trains, and the checkpoint it writes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.methods.finetune.model.FineTuneConfig#getTrains <em>Trains</em>}</li>
 *   <li>{@link org.atelier.methods.finetune.model.FineTuneConfig#getIncludePattern <em>Include Pattern</em>}</li>
 *   <li>{@link org.atelier.methods.finetune.model.FineTuneConfig#getExcludePattern <em>Exclude Pattern</em>}</li>
 *   <li>{@link org.atelier.methods.finetune.model.FineTuneConfig#getTextEncoderLearningRate <em>Text Encoder Learning Rate</em>}</li>
 *   <li>{@link org.atelier.methods.finetune.model.FineTuneConfig#getTextEncoderSteps <em>Text Encoder Steps</em>}</li>
 *   <li>{@link org.atelier.methods.finetune.model.FineTuneConfig#getOutputFormat <em>Output Format</em>}</li>
 *   <li>{@link org.atelier.methods.finetune.model.FineTuneConfig#getOutputName <em>Output Name</em>}</li>
 * </ul>
 *
 * @see org.atelier.methods.finetune.model.FineTunePackage#getFineTuneConfig()
 * @model annotation="http://atelier.org/ui defaults='learningRate=1e-5; weightDecay=0.01; outputType=KEEP'"
 * @generated
 */
public interface FineTuneConfig extends TrainingConfig, SavesWeights {
	/**
	 * Returns the value of the '<em><b>Trains</b></em>' attribute.
	 * The default value is <code>"UNET"</code>.
	 * The literals are from the enumeration {@link org.atelier.methods.finetune.model.TrainedParts}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trains</em>' attribute.
	 * @see org.atelier.methods.finetune.model.TrainedParts
	 * @see #setTrains(TrainedParts)
	 * @see org.atelier.methods.finetune.model.FineTunePackage#getFineTuneConfig_Trains()
	 * @model default="UNET"
	 *        annotation="http://atelier.org/ui group='Fine-tuning' label='What trains' help='The UNet; the UNet and the text encoder(s); or the tensors whose checkpoint keys match a pattern. Everything else stays as the base model has it.'"
	 * @generated
	 */
	TrainedParts getTrains();

	/**
	 * Sets the value of the '{@link org.atelier.methods.finetune.model.FineTuneConfig#getTrains <em>Trains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trains</em>' attribute.
	 * @see org.atelier.methods.finetune.model.TrainedParts
	 * @see #getTrains()
	 * @generated
	 */
	void setTrains(TrainedParts value);

	/**
	 * Returns the value of the '<em><b>Include Pattern</b></em>' attribute.
	 * The default value is <code>"model\\.diffusion_model\\.(middle_block|output_blocks)\\."</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Include Pattern</em>' attribute.
	 * @see #setIncludePattern(String)
	 * @see org.atelier.methods.finetune.model.FineTunePackage#getFineTuneConfig_IncludePattern()
	 * @model default="model\\.diffusion_model\\.(middle_block|output_blocks)\\."
	 *        annotation="http://atelier.org/ui shownWhen='trains=PATTERN' group='Fine-tuning' label='Trained keys (regular expression)' help='The tensors that train: those whose keys in the checkpoint (ldm layout, as atelier inspect --tensors lists them) contain a match, e.g. model\\.diffusion_model\\.output_blocks\\. for the UNet\'s decoder, or \\.attn2\\. for its cross-attention.'"
	 * @generated
	 */
	String getIncludePattern();

	/**
	 * Sets the value of the '{@link org.atelier.methods.finetune.model.FineTuneConfig#getIncludePattern <em>Include Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Include Pattern</em>' attribute.
	 * @see #getIncludePattern()
	 * @generated
	 */
	void setIncludePattern(String value);

	/**
	 * Returns the value of the '<em><b>Exclude Pattern</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclude Pattern</em>' attribute.
	 * @see #setExcludePattern(String)
	 * @see org.atelier.methods.finetune.model.FineTunePackage#getFineTuneConfig_ExcludePattern()
	 * @model default=""
	 *        annotation="http://atelier.org/ui group='Fine-tuning' label='Frozen keys (regular expression)' help='Tensors whose keys contain a match stay frozen whatever else trains (e.g. \\.norm for the normalisations); empty for none.'"
	 * @generated
	 */
	String getExcludePattern();

	/**
	 * Sets the value of the '{@link org.atelier.methods.finetune.model.FineTuneConfig#getExcludePattern <em>Exclude Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclude Pattern</em>' attribute.
	 * @see #getExcludePattern()
	 * @generated
	 */
	void setExcludePattern(String value);

	/**
	 * Returns the value of the '<em><b>Text Encoder Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Encoder Learning Rate</em>' attribute.
	 * @see #setTextEncoderLearningRate(double)
	 * @see org.atelier.methods.finetune.model.FineTunePackage#getFineTuneConfig_TextEncoderLearningRate()
	 * @model default="0.0"
	 *        annotation="http://atelier.org/ui shownWhen='trains=UNET_AND_TEXT_ENCODER' group='Fine-tuning' label='Text encoder learning rate' min='0' max='1' help='The text encoder\'s rate (0: the same as the UNet\'s); it follows the same schedule. kohya\'s learning_rate_te.'"
	 * @generated
	 */
	double getTextEncoderLearningRate();

	/**
	 * Sets the value of the '{@link org.atelier.methods.finetune.model.FineTuneConfig#getTextEncoderLearningRate <em>Text Encoder Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Encoder Learning Rate</em>' attribute.
	 * @see #getTextEncoderLearningRate()
	 * @generated
	 */
	void setTextEncoderLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Text Encoder Steps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Encoder Steps</em>' attribute.
	 * @see #setTextEncoderSteps(int)
	 * @see org.atelier.methods.finetune.model.FineTunePackage#getFineTuneConfig_TextEncoderSteps()
	 * @model default="0"
	 *        annotation="http://atelier.org/ui shownWhen='trains=UNET_AND_TEXT_ENCODER' group='Fine-tuning' label='Text encoder trains for (steps)' min='0' max='1000000' help='The text encoder trains for the first N steps only, then stays as it is (kohya\'s stop_text_encoder_training); 0 for the whole run.'"
	 * @generated
	 */
	int getTextEncoderSteps();

	/**
	 * Sets the value of the '{@link org.atelier.methods.finetune.model.FineTuneConfig#getTextEncoderSteps <em>Text Encoder Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Encoder Steps</em>' attribute.
	 * @see #getTextEncoderSteps()
	 * @generated
	 */
	void setTextEncoderSteps(int value);

	/**
	 * Returns the value of the '<em><b>Output Format</b></em>' attribute.
	 * The default value is <code>"SAFETENSORS"</code>.
	 * The literals are from the enumeration {@link org.atelier.methods.finetune.model.CheckpointFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Format</em>' attribute.
	 * @see org.atelier.methods.finetune.model.CheckpointFormat
	 * @see #setOutputFormat(CheckpointFormat)
	 * @see org.atelier.methods.finetune.model.FineTunePackage#getFineTuneConfig_OutputFormat()
	 * @model default="SAFETENSORS"
	 *        annotation="http://atelier.org/ui group='Output' label='Saved as' help='A single-file checkpoint (safetensors or a PyTorch .ckpt, in the ldm layout AUTOMATIC1111 and ComfyUI load), or a diffusers folder.'"
	 * @generated
	 */
	CheckpointFormat getOutputFormat();

	/**
	 * Sets the value of the '{@link org.atelier.methods.finetune.model.FineTuneConfig#getOutputFormat <em>Output Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Format</em>' attribute.
	 * @see org.atelier.methods.finetune.model.CheckpointFormat
	 * @see #getOutputFormat()
	 * @generated
	 */
	void setOutputFormat(CheckpointFormat value);

	/**
	 * Returns the value of the '<em><b>Output Name</b></em>' attribute.
	 * The default value is <code>"finetuned"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Name</em>' attribute.
	 * @see #setOutputName(String)
	 * @see org.atelier.methods.finetune.model.FineTunePackage#getFineTuneConfig_OutputName()
	 * @model default="finetuned"
	 *        annotation="http://atelier.org/ui group='Output' label='File name' help='The checkpoint\'s file name, without its extension; also its id among the project\'s base models.'"
	 * @generated
	 */
	String getOutputName();

	/**
	 * Sets the value of the '{@link org.atelier.methods.finetune.model.FineTuneConfig#getOutputName <em>Output Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Name</em>' attribute.
	 * @see #getOutputName()
	 * @generated
	 */
	void setOutputName(String value);

} // FineTuneConfig
