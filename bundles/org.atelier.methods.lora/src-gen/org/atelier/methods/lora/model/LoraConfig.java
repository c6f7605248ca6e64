/**
 */
package org.atelier.methods.lora.model;

import org.atelier.core.model.SavesWeights;

import org.atelier.training.model.TrainingConfig;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * kohya's LoRA: rank, alpha, dropout, where it trains and what it writes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.methods.lora.model.LoraConfig#getRank <em>Rank</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.LoraConfig#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.LoraConfig#getDropout <em>Dropout</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.LoraConfig#getConvRank <em>Conv Rank</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.LoraConfig#getConvAlpha <em>Conv Alpha</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.LoraConfig#isTrainTextEncoder <em>Train Text Encoder</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.LoraConfig#getTextEncoderLearningRate <em>Text Encoder Learning Rate</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.LoraConfig#getOutputName <em>Output Name</em>}</li>
 * </ul>
 *
 * @see org.atelier.methods.lora.model.LoraPackage#getLoraConfig()
 * @model annotation="http://atelier.org/ui defaults='learningRate=1e-4; weightDecay=0.01'"
 * @generated
 */
public interface LoraConfig extends TrainingConfig, SavesWeights {
	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see #setRank(int)
	 * @see org.atelier.methods.lora.model.LoraPackage#getLoraConfig_Rank()
	 * @model default="8"
	 *        annotation="http://atelier.org/ui group='LoRA' label='Rank (dim)' min='1' max='1024' help='The inner width of each module (kohya\'s network_dim).'"
	 * @generated
	 */
	int getRank();

	/**
	 * Sets the value of the '{@link org.atelier.methods.lora.model.LoraConfig#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see #getRank()
	 * @generated
	 */
	void setRank(int value);

	/**
	 * Returns the value of the '<em><b>Alpha</b></em>' attribute.
	 * The default value is <code>"4.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alpha</em>' attribute.
	 * @see #setAlpha(double)
	 * @see org.atelier.methods.lora.model.LoraPackage#getLoraConfig_Alpha()
	 * @model default="4.0"
	 *        annotation="http://atelier.org/ui group='LoRA' label='Alpha' min='0' max='1024' help='The modules\' output is scaled by alpha / rank (kohya\'s network_alpha).'"
	 * @generated
	 */
	double getAlpha();

	/**
	 * Sets the value of the '{@link org.atelier.methods.lora.model.LoraConfig#getAlpha <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alpha</em>' attribute.
	 * @see #getAlpha()
	 * @generated
	 */
	void setAlpha(double value);

	/**
	 * Returns the value of the '<em><b>Dropout</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dropout</em>' attribute.
	 * @see #setDropout(double)
	 * @see org.atelier.methods.lora.model.LoraPackage#getLoraConfig_Dropout()
	 * @model default="0.0"
	 *        annotation="http://atelier.org/ui group='LoRA' label='Dropout' min='0' max='1' help='Dropout on each module\'s inner activations while training (kohya\'s network_dropout).'"
	 * @generated
	 */
	double getDropout();

	/**
	 * Sets the value of the '{@link org.atelier.methods.lora.model.LoraConfig#getDropout <em>Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dropout</em>' attribute.
	 * @see #getDropout()
	 * @generated
	 */
	void setDropout(double value);

	/**
	 * Returns the value of the '<em><b>Conv Rank</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conv Rank</em>' attribute.
	 * @see #setConvRank(int)
	 * @see org.atelier.methods.lora.model.LoraPackage#getLoraConfig_ConvRank()
	 * @model default="0"
	 *        annotation="http://atelier.org/ui group='LoRA' label='Convolution rank (LoCon)' min='0' max='1024' help='Modules on the UNet\'s residual blocks and samplers too (kohya\'s LoCon: conv_dim), each a down of the convolution\'s kernel and a 1x1 up; 0 for none.'"
	 * @generated
	 */
	int getConvRank();

	/**
	 * Sets the value of the '{@link org.atelier.methods.lora.model.LoraConfig#getConvRank <em>Conv Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conv Rank</em>' attribute.
	 * @see #getConvRank()
	 * @generated
	 */
	void setConvRank(int value);

	/**
	 * Returns the value of the '<em><b>Conv Alpha</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conv Alpha</em>' attribute.
	 * @see #setConvAlpha(double)
	 * @see org.atelier.methods.lora.model.LoraPackage#getLoraConfig_ConvAlpha()
	 * @model default="1.0"
	 *        annotation="http://atelier.org/ui shownWhen='convRank!=0' group='LoRA' label='Convolution alpha' min='0' max='1024' help='The LoCon modules\' output is scaled by this over the convolution rank (kohya\'s conv_alpha).'"
	 * @generated
	 */
	double getConvAlpha();

	/**
	 * Sets the value of the '{@link org.atelier.methods.lora.model.LoraConfig#getConvAlpha <em>Conv Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conv Alpha</em>' attribute.
	 * @see #getConvAlpha()
	 * @generated
	 */
	void setConvAlpha(double value);

	/**
	 * Returns the value of the '<em><b>Train Text Encoder</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Text Encoder</em>' attribute.
	 * @see #setTrainTextEncoder(boolean)
	 * @see org.atelier.methods.lora.model.LoraPackage#getLoraConfig_TrainTextEncoder()
	 * @model default="true"
	 *        annotation="http://atelier.org/ui group='LoRA' label='Train the text encoder' help='Modules on the text encoder\'s attention and MLP too, not only on the UNet.'"
	 * @generated
	 */
	boolean isTrainTextEncoder();

	/**
	 * Sets the value of the '{@link org.atelier.methods.lora.model.LoraConfig#isTrainTextEncoder <em>Train Text Encoder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Text Encoder</em>' attribute.
	 * @see #isTrainTextEncoder()
	 * @generated
	 */
	void setTrainTextEncoder(boolean value);

	/**
	 * Returns the value of the '<em><b>Text Encoder Learning Rate</b></em>' attribute.
	 * The default value is <code>"5e-05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Encoder Learning Rate</em>' attribute.
	 * @see #setTextEncoderLearningRate(double)
	 * @see org.atelier.methods.lora.model.LoraPackage#getLoraConfig_TextEncoderLearningRate()
	 * @model default="5e-05"
	 *        annotation="http://atelier.org/ui shownWhen='trainTextEncoder=true' group='LoRA' label='Text encoder learning rate' min='0' max='1' help='The text encoder modules\' rate (the learning rate above is the UNet\'s; 0: the same); it follows the same schedule.'"
	 * @generated
	 */
	double getTextEncoderLearningRate();

	/**
	 * Sets the value of the '{@link org.atelier.methods.lora.model.LoraConfig#getTextEncoderLearningRate <em>Text Encoder Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Encoder Learning Rate</em>' attribute.
	 * @see #getTextEncoderLearningRate()
	 * @generated
	 */
	void setTextEncoderLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Output Name</b></em>' attribute.
	 * The default value is <code>"lora"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Name</em>' attribute.
	 * @see #setOutputName(String)
	 * @see org.atelier.methods.lora.model.LoraPackage#getLoraConfig_OutputName()
	 * @model default="lora"
	 *        annotation="http://atelier.org/ui group='Output' label='File name' help='The LoRA\'s file name, without .safetensors.'"
	 * @generated
	 */
	String getOutputName();

	/**
	 * Sets the value of the '{@link org.atelier.methods.lora.model.LoraConfig#getOutputName <em>Output Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Name</em>' attribute.
	 * @see #getOutputName()
	 * @generated
	 */
	void setOutputName(String value);

} // LoraConfig
