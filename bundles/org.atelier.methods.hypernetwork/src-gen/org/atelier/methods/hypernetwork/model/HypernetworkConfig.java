/**
 */
package org.atelier.methods.hypernetwork.model;

import org.atelier.training.model.TrainingConfig;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * AUTOMATIC1111's hypernetwork: the structure of its small networks, the widths they adapt, the captions it trains on and what it writes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getLayerStructure <em>Layer Structure</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#isActivateOutput <em>Activate Output</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#isLayerNorm <em>Layer Norm</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getWeightInitialization <em>Weight Initialization</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#isUseDropout <em>Use Dropout</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getDropoutStructure <em>Dropout Structure</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#isLastLayerDropout <em>Last Layer Dropout</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getSizes <em>Sizes</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getStartFrom <em>Start From</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getOutputName <em>Output Name</em>}</li>
 * </ul>
 *
 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getHypernetworkConfig()
 * @model annotation="http://atelier.org/ui defaults='learningRate=1e-5; weightDecay=0.01'"
 * @generated
 */
public interface HypernetworkConfig extends TrainingConfig {
	/**
	 * Returns the value of the '<em><b>Layer Structure</b></em>' attribute.
	 * The default value is <code>"1, 2, 1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer Structure</em>' attribute.
	 * @see #setLayerStructure(String)
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getHypernetworkConfig_LayerStructure()
	 * @model default="1, 2, 1"
	 *        annotation="http://atelier.org/ui required='true' group='Hypernetwork' label='Layer structure' help='The widths of each module\'s layers relative to the attention\'s (AUTOMATIC1111\'s layer structure): first and last 1; 1, 2, 1 is one hidden layer twice as wide.'"
	 * @generated
	 */
	String getLayerStructure();

	/**
	 * Sets the value of the '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getLayerStructure <em>Layer Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer Structure</em>' attribute.
	 * @see #getLayerStructure()
	 * @generated
	 */
	void setLayerStructure(String value);

	/**
	 * Returns the value of the '<em><b>Activation</b></em>' attribute.
	 * The default value is <code>"linear"</code>.
	 * The literals are from the enumeration {@link org.atelier.methods.hypernetwork.model.Activation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activation</em>' attribute.
	 * @see org.atelier.methods.hypernetwork.model.Activation
	 * @see #setActivation(Activation)
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getHypernetworkConfig_Activation()
	 * @model default="linear"
	 *        annotation="http://atelier.org/ui group='Hypernetwork' label='Activation' help='After each linear layer but the last (and after the last too with \'activate output\'); linear: none. swish is PyTorch\'s Hardswish, as AUTOMATIC1111 and ComfyUI build it.'"
	 * @generated
	 */
	Activation getActivation();

	/**
	 * Sets the value of the '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getActivation <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activation</em>' attribute.
	 * @see org.atelier.methods.hypernetwork.model.Activation
	 * @see #getActivation()
	 * @generated
	 */
	void setActivation(Activation value);

	/**
	 * Returns the value of the '<em><b>Activate Output</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activate Output</em>' attribute.
	 * @see #setActivateOutput(boolean)
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getHypernetworkConfig_ActivateOutput()
	 * @model default="false"
	 *        annotation="http://atelier.org/ui group='Hypernetwork' label='Activate output' help='The activation after the last linear layer too.'"
	 * @generated
	 */
	boolean isActivateOutput();

	/**
	 * Sets the value of the '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#isActivateOutput <em>Activate Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activate Output</em>' attribute.
	 * @see #isActivateOutput()
	 * @generated
	 */
	void setActivateOutput(boolean value);

	/**
	 * Returns the value of the '<em><b>Layer Norm</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer Norm</em>' attribute.
	 * @see #setLayerNorm(boolean)
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getHypernetworkConfig_LayerNorm()
	 * @model default="false"
	 *        annotation="http://atelier.org/ui group='Hypernetwork' label='Layer normalization' help='A layer norm after each linear layer.'"
	 * @generated
	 */
	boolean isLayerNorm();

	/**
	 * Sets the value of the '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#isLayerNorm <em>Layer Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer Norm</em>' attribute.
	 * @see #isLayerNorm()
	 * @generated
	 */
	void setLayerNorm(boolean value);

	/**
	 * Returns the value of the '<em><b>Weight Initialization</b></em>' attribute.
	 * The default value is <code>"Normal"</code>.
	 * The literals are from the enumeration {@link org.atelier.methods.hypernetwork.model.WeightInitialization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight Initialization</em>' attribute.
	 * @see org.atelier.methods.hypernetwork.model.WeightInitialization
	 * @see #setWeightInitialization(WeightInitialization)
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getHypernetworkConfig_WeightInitialization()
	 * @model default="Normal"
	 *        annotation="http://atelier.org/ui group='Hypernetwork' label='Weight initialization' help='How new linear layers start (biases at zero; layer norms always as Normal): Normal (std 0.01), Xavier or Kaiming, uniform or normal.'"
	 * @generated
	 */
	WeightInitialization getWeightInitialization();

	/**
	 * Sets the value of the '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getWeightInitialization <em>Weight Initialization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Initialization</em>' attribute.
	 * @see org.atelier.methods.hypernetwork.model.WeightInitialization
	 * @see #getWeightInitialization()
	 * @generated
	 */
	void setWeightInitialization(WeightInitialization value);

	/**
	 * Returns the value of the '<em><b>Use Dropout</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Use Dropout</em>' attribute.
	 * @see #setUseDropout(boolean)
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getHypernetworkConfig_UseDropout()
	 * @model default="false"
	 *        annotation="http://atelier.org/ui group='Hypernetwork' label='Dropout' help='Dropout after the hidden layers while training.'"
	 * @generated
	 */
	boolean isUseDropout();

	/**
	 * Sets the value of the '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#isUseDropout <em>Use Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Use Dropout</em>' attribute.
	 * @see #isUseDropout()
	 * @generated
	 */
	void setUseDropout(boolean value);

	/**
	 * Returns the value of the '<em><b>Dropout Structure</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dropout Structure</em>' attribute.
	 * @see #setDropoutStructure(String)
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getHypernetworkConfig_DropoutStructure()
	 * @model default=""
	 *        annotation="http://atelier.org/ui shownWhen='useDropout=true' group='Hypernetwork' label='Dropout structure' help='One probability per layer of the structure (0, 0.3, 0); empty: AUTOMATIC1111\'s, 0.3 after every hidden layer but the last (and after the last with the next setting).'"
	 * @generated
	 */
	String getDropoutStructure();

	/**
	 * Sets the value of the '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getDropoutStructure <em>Dropout Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dropout Structure</em>' attribute.
	 * @see #getDropoutStructure()
	 * @generated
	 */
	void setDropoutStructure(String value);

	/**
	 * Returns the value of the '<em><b>Last Layer Dropout</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Layer Dropout</em>' attribute.
	 * @see #setLastLayerDropout(boolean)
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getHypernetworkConfig_LastLayerDropout()
	 * @model default="true"
	 *        annotation="http://atelier.org/ui shownWhen='useDropout=true' group='Hypernetwork' label='Dropout after the last hidden layer' help='With no dropout structure given: 0.3 after the last hidden layer too.'"
	 * @generated
	 */
	boolean isLastLayerDropout();

	/**
	 * Sets the value of the '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#isLastLayerDropout <em>Last Layer Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Layer Dropout</em>' attribute.
	 * @see #isLastLayerDropout()
	 * @generated
	 */
	void setLastLayerDropout(boolean value);

	/**
	 * Returns the value of the '<em><b>Sizes</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sizes</em>' attribute.
	 * @see #setSizes(String)
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getHypernetworkConfig_Sizes()
	 * @model default=""
	 *        annotation="http://atelier.org/ui group='Hypernetwork' label='Widths' help='The attention widths that get modules, as 768, 320, 640, 1280 (SD 1.x: the text encoder\'s width for cross-attention and the blocks\' channels for self-attention); empty: every width the base model\'s attention reads.'"
	 * @generated
	 */
	String getSizes();

	/**
	 * Sets the value of the '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getSizes <em>Sizes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sizes</em>' attribute.
	 * @see #getSizes()
	 * @generated
	 */
	void setSizes(String value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' attribute.
	 * The default value is <code>"[filewords]"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' attribute.
	 * @see #setTemplate(String)
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getHypernetworkConfig_Template()
	 * @model default="[filewords]"
	 *        annotation="http://atelier.org/ui group='Hypernetwork' label='Caption template' help='What a step trains on, as AUTOMATIC1111\'s templates: [filewords] is the image\'s caption (processed as the dataset says), [name] the hypernetwork\'s name.'"
	 * @generated
	 */
	String getTemplate();

	/**
	 * Sets the value of the '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getTemplate <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' attribute.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(String value);

	/**
	 * Returns the value of the '<em><b>Start From</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start From</em>' attribute.
	 * @see #setStartFrom(String)
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getHypernetworkConfig_StartFrom()
	 * @model default=""
	 *        annotation="http://atelier.org/ui group='Hypernetwork' label='Start from' help='An AUTOMATIC1111 hypernetwork (.pt; relative to the project) to train further: its structure and widths replace the settings above, and its step count goes on; empty: a new one.'"
	 * @generated
	 */
	String getStartFrom();

	/**
	 * Sets the value of the '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getStartFrom <em>Start From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start From</em>' attribute.
	 * @see #getStartFrom()
	 * @generated
	 */
	void setStartFrom(String value);

	/**
	 * Returns the value of the '<em><b>Output Name</b></em>' attribute.
	 * The default value is <code>"hypernetwork"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Name</em>' attribute.
	 * @see #setOutputName(String)
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getHypernetworkConfig_OutputName()
	 * @model default="hypernetwork"
	 *        annotation="http://atelier.org/ui group='Output' label='File name' help='The hypernetwork\'s name and file name, without .pt.'"
	 * @generated
	 */
	String getOutputName();

	/**
	 * Sets the value of the '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getOutputName <em>Output Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Name</em>' attribute.
	 * @see #getOutputName()
	 * @generated
	 */
	void setOutputName(String value);

} // HypernetworkConfig
