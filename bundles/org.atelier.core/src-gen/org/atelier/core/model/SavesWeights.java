/**
 */
package org.atelier.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Saves Weights</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A method that writes weights (a LoRA, a merged checkpoint): the precision it saves them in, which new experiments take from the user's preferences.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.SavesWeights#getOutputType <em>Output Type</em>}</li>
 * </ul>
 *
 * @see org.atelier.core.model.AtelierPackage#getSavesWeights()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface SavesWeights extends EObject {
	/**
	 * Returns the value of the '<em><b>Output Type</b></em>' attribute.
	 * The default value is <code>"FP16"</code>.
	 * The literals are from the enumeration {@link org.atelier.core.model.Precision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Type</em>' attribute.
	 * @see org.atelier.core.model.Precision
	 * @see #setOutputType(Precision)
	 * @see org.atelier.core.model.AtelierPackage#getSavesWeights_OutputType()
	 * @model default="FP16"
	 *        annotation="http://atelier.org/ui group='Output' label='Precision' help='The element type of the saved weights: fp16, bf16 or fp32, or KEEP: the base model\'s own (a merge keeps each of A\'s tensors\' types, a LoRA takes the type of the base model\'s UNet).'"
	 * @generated
	 */
	Precision getOutputType();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.SavesWeights#getOutputType <em>Output Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Type</em>' attribute.
	 * @see org.atelier.core.model.Precision
	 * @see #getOutputType()
	 * @generated
	 */
	void setOutputType(Precision value);

} // SavesWeights
