/**
 */
package org.atelier.methods.merge.model;

import org.atelier.core.model.BaseModel;
import org.atelier.core.model.MethodConfig;
import org.atelier.core.model.SavesWeights;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.methods.merge.model.MergeConfig#getAlgorithm <em>Algorithm</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.MergeConfig#getModelB <em>Model B</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.MergeConfig#getModelC <em>Model C</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.MergeConfig#getMultiplier <em>Multiplier</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.MergeConfig#getBeta <em>Beta</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.MergeConfig#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.MergeConfig#getBlockWeights <em>Block Weights</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.MergeConfig#getDiscardWeights <em>Discard Weights</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.MergeConfig#getBakeVae <em>Bake Vae</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.MergeConfig#getOutputFormat <em>Output Format</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.MergeConfig#getOutputName <em>Output Name</em>}</li>
 * </ul>
 *
 * @see org.atelier.methods.merge.model.MergePackage#getMergeConfig()
 * @model
 * @generated
 */
public interface MergeConfig extends MethodConfig, SavesWeights {
	/**
	 * Returns the value of the '<em><b>Algorithm</b></em>' attribute.
	 * The default value is <code>"WEIGHTED_SUM"</code>.
	 * The literals are from the enumeration {@link org.atelier.methods.merge.model.MergeAlgorithm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Algorithm</em>' attribute.
	 * @see org.atelier.methods.merge.model.MergeAlgorithm
	 * @see #setAlgorithm(MergeAlgorithm)
	 * @see org.atelier.methods.merge.model.MergePackage#getMergeConfig_Algorithm()
	 * @model default="WEIGHTED_SUM"
	 *        annotation="http://atelier.org/ui group='Merge' help='Weighted sum: (1 - M) A + M B. Add difference: A + M (B - C). Triple sum: (1 - M - N) A + M B + N C. Sum twice: (1 - N) ((1 - M) A + M B) + N C. Train difference: A + 1.8 M (B - C) |B - A| / (|B - C| + |B - A|). Tensor sum: the slice [N, N + M) of each tensor\'s first dimension from B, the rest from A; tensor swap: the same along the second dimension. SLERP: spherical from A to B by M. Add perpendicular: A + M times the part of B - C at right angles to A - C. TIES: C + M ties(A - C, B - C) at density N. DARE: A + M (B - C) with changes kept at rate N. DARE-TIES: TIES with DARE\'s drop. Cosine A and B: A where A and B point alike, B where they part (M: the similarity below which B comes in). No interpolation: A re-saved. A is the experiment\'s base model.'"
	 * @generated
	 */
	MergeAlgorithm getAlgorithm();

	/**
	 * Sets the value of the '{@link org.atelier.methods.merge.model.MergeConfig#getAlgorithm <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Algorithm</em>' attribute.
	 * @see org.atelier.methods.merge.model.MergeAlgorithm
	 * @see #getAlgorithm()
	 * @generated
	 */
	void setAlgorithm(MergeAlgorithm value);

	/**
	 * Returns the value of the '<em><b>Model B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model B</em>' reference.
	 * @see #setModelB(BaseModel)
	 * @see org.atelier.methods.merge.model.MergePackage#getMergeConfig_ModelB()
	 * @model annotation="http://atelier.org/ui shownWhen='algorithm=WEIGHTED_SUM,ADD_DIFFERENCE,TRIPLE_SUM,SUM_TWICE,TRAIN_DIFFERENCE,TENSOR_SUM,TENSOR_SWAP,SLERP,ADD_PERPENDICULAR,TIES,DARE,DARE_TIES,COSINE_A,COSINE_B' required='true' group='Merge' label='Model B'"
	 * @generated
	 */
	BaseModel getModelB();

	/**
	 * Sets the value of the '{@link org.atelier.methods.merge.model.MergeConfig#getModelB <em>Model B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model B</em>' reference.
	 * @see #getModelB()
	 * @generated
	 */
	void setModelB(BaseModel value);

	/**
	 * Returns the value of the '<em><b>Model C</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model C</em>' reference.
	 * @see #setModelC(BaseModel)
	 * @see org.atelier.methods.merge.model.MergePackage#getMergeConfig_ModelC()
	 * @model annotation="http://atelier.org/ui shownWhen='algorithm=ADD_DIFFERENCE,TRIPLE_SUM,SUM_TWICE,TRAIN_DIFFERENCE,ADD_PERPENDICULAR,TIES,DARE,DARE_TIES' required='true' group='Merge' label='Model C' help='The third model: the base that B (and, for TIES, A) changed from.'"
	 * @generated
	 */
	BaseModel getModelC();

	/**
	 * Sets the value of the '{@link org.atelier.methods.merge.model.MergeConfig#getModelC <em>Model C</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model C</em>' reference.
	 * @see #getModelC()
	 * @generated
	 */
	void setModelC(BaseModel value);

	/**
	 * Returns the value of the '<em><b>Multiplier</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Multiplier</em>' attribute.
	 * @see #setMultiplier(double)
	 * @see org.atelier.methods.merge.model.MergePackage#getMergeConfig_Multiplier()
	 * @model default="0.5"
	 *        annotation="http://atelier.org/ui shownWhen='algorithm=WEIGHTED_SUM,ADD_DIFFERENCE,TRIPLE_SUM,SUM_TWICE,TRAIN_DIFFERENCE,TENSOR_SUM,TENSOR_SWAP,SLERP,ADD_PERPENDICULAR,TIES,DARE,DARE_TIES,COSINE_A,COSINE_B' group='Merge' label='Multiplier (M)' min='0' max='1'"
	 * @generated
	 */
	double getMultiplier();

	/**
	 * Sets the value of the '{@link org.atelier.methods.merge.model.MergeConfig#getMultiplier <em>Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multiplier</em>' attribute.
	 * @see #getMultiplier()
	 * @generated
	 */
	void setMultiplier(double value);

	/**
	 * Returns the value of the '<em><b>Beta</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beta</em>' attribute.
	 * @see #setBeta(double)
	 * @see org.atelier.methods.merge.model.MergePackage#getMergeConfig_Beta()
	 * @model default="0.0"
	 *        annotation="http://atelier.org/ui shownWhen='algorithm=TRIPLE_SUM,SUM_TWICE,TENSOR_SUM,TENSOR_SWAP,TIES,DARE,DARE_TIES' group='Merge' label='Second parameter (N)' min='0' max='1' help='C\'s multiplier for triple sum and sum twice; the offset of the slice for tensor sum and swap; the density (share of changes kept) for TIES, DARE and DARE-TIES.'"
	 * @generated
	 */
	double getBeta();

	/**
	 * Sets the value of the '{@link org.atelier.methods.merge.model.MergeConfig#getBeta <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beta</em>' attribute.
	 * @see #getBeta()
	 * @generated
	 */
	void setBeta(double value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.atelier.methods.merge.model.MergePackage#getMergeConfig_Seed()
	 * @model default="0"
	 *        annotation="http://atelier.org/ui shownWhen='algorithm=DARE,DARE_TIES' group='Merge' help='For DARE and DARE-TIES: the same seed drops the same changes.'"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.atelier.methods.merge.model.MergeConfig#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Block Weights</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Block Weights</em>' attribute.
	 * @see #setBlockWeights(String)
	 * @see org.atelier.methods.merge.model.MergePackage#getMergeConfig_BlockWeights()
	 * @model annotation="http://atelier.org/ui shownWhen='algorithm=WEIGHTED_SUM,ADD_DIFFERENCE,TRIPLE_SUM,SUM_TWICE,TRAIN_DIFFERENCE,TENSOR_SUM,TENSOR_SWAP,SLERP,ADD_PERPENDICULAR,TIES,DARE,DARE_TIES,COSINE_A,COSINE_B' group='Block weights' help='Multipliers per UNet block, empty for none: a preset (ALL_A, ALL_B, FLAT_25, FLAT_75, GRAD_V, GRAD_A, SMOOTHSTEP, REVERSE-SMOOTHSTEP, COSINE, REVERSE_COSINE) or comma-separated numbers, 25 for SD 1.x/2.x (IN00-IN11, M00, OUT00-OUT11; the multiplier then weighs everything else) or 20 for SDXL (BASE, IN00-IN08, MID, OUT00-OUT08).'"
	 * @generated
	 */
	String getBlockWeights();

	/**
	 * Sets the value of the '{@link org.atelier.methods.merge.model.MergeConfig#getBlockWeights <em>Block Weights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Block Weights</em>' attribute.
	 * @see #getBlockWeights()
	 * @generated
	 */
	void setBlockWeights(String value);

	/**
	 * Returns the value of the '<em><b>Discard Weights</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Discard Weights</em>' attribute.
	 * @see #setDiscardWeights(String)
	 * @see org.atelier.methods.merge.model.MergePackage#getMergeConfig_DiscardWeights()
	 * @model annotation="http://atelier.org/ui group='Output' help='A regular expression: A\'s keys that match are left out (for example ^model_ema).'"
	 * @generated
	 */
	String getDiscardWeights();

	/**
	 * Sets the value of the '{@link org.atelier.methods.merge.model.MergeConfig#getDiscardWeights <em>Discard Weights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discard Weights</em>' attribute.
	 * @see #getDiscardWeights()
	 * @generated
	 */
	void setDiscardWeights(String value);

	/**
	 * Returns the value of the '<em><b>Bake Vae</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bake Vae</em>' attribute.
	 * @see #setBakeVae(String)
	 * @see org.atelier.methods.merge.model.MergePackage#getMergeConfig_BakeVae()
	 * @model annotation="http://atelier.org/ui group='Output' label='Bake in VAE' help='A VAE file (.safetensors, .pt or .ckpt; a path relative to the project, or absolute) whose weights replace the merged model\'s VAE.'"
	 * @generated
	 */
	String getBakeVae();

	/**
	 * Sets the value of the '{@link org.atelier.methods.merge.model.MergeConfig#getBakeVae <em>Bake Vae</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bake Vae</em>' attribute.
	 * @see #getBakeVae()
	 * @generated
	 */
	void setBakeVae(String value);

	/**
	 * Returns the value of the '<em><b>Output Format</b></em>' attribute.
	 * The default value is <code>"SAFETENSORS"</code>.
	 * The literals are from the enumeration {@link org.atelier.methods.merge.model.OutputFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Format</em>' attribute.
	 * @see org.atelier.methods.merge.model.OutputFormat
	 * @see #setOutputFormat(OutputFormat)
	 * @see org.atelier.methods.merge.model.MergePackage#getMergeConfig_OutputFormat()
	 * @model default="SAFETENSORS"
	 *        annotation="http://atelier.org/ui group='Output' help='safetensors, or a PyTorch .ckpt for tools that need one.'"
	 * @generated
	 */
	OutputFormat getOutputFormat();

	/**
	 * Sets the value of the '{@link org.atelier.methods.merge.model.MergeConfig#getOutputFormat <em>Output Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Format</em>' attribute.
	 * @see org.atelier.methods.merge.model.OutputFormat
	 * @see #getOutputFormat()
	 * @generated
	 */
	void setOutputFormat(OutputFormat value);

	/**
	 * Returns the value of the '<em><b>Output Name</b></em>' attribute.
	 * The default value is <code>"merged"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Name</em>' attribute.
	 * @see #setOutputName(String)
	 * @see org.atelier.methods.merge.model.MergePackage#getMergeConfig_OutputName()
	 * @model default="merged"
	 *        annotation="http://atelier.org/ui group='Output'"
	 * @generated
	 */
	String getOutputName();

	/**
	 * Sets the value of the '{@link org.atelier.methods.merge.model.MergeConfig#getOutputName <em>Output Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Name</em>' attribute.
	 * @see #getOutputName()
	 * @generated
	 */
	void setOutputName(String value);

} // MergeConfig
