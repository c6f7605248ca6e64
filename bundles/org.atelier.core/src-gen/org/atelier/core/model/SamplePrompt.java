/**
 */
package org.atelier.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sample Prompt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.SamplePrompt#getPrompt <em>Prompt</em>}</li>
 *   <li>{@link org.atelier.core.model.SamplePrompt#getNegativePrompt <em>Negative Prompt</em>}</li>
 *   <li>{@link org.atelier.core.model.SamplePrompt#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @see org.atelier.core.model.AtelierPackage#getSamplePrompt()
 * @model
 * @generated
 */
public interface SamplePrompt extends EObject {
	/**
	 * Returns the value of the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prompt</em>' attribute.
	 * @see #setPrompt(String)
	 * @see org.atelier.core.model.AtelierPackage#getSamplePrompt_Prompt()
	 * @model required="true"
	 * @generated
	 */
	String getPrompt();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.SamplePrompt#getPrompt <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prompt</em>' attribute.
	 * @see #getPrompt()
	 * @generated
	 */
	void setPrompt(String value);

	/**
	 * Returns the value of the '<em><b>Negative Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Negative Prompt</em>' attribute.
	 * @see #setNegativePrompt(String)
	 * @see org.atelier.core.model.AtelierPackage#getSamplePrompt_NegativePrompt()
	 * @model
	 * @generated
	 */
	String getNegativePrompt();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.SamplePrompt#getNegativePrompt <em>Negative Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Negative Prompt</em>' attribute.
	 * @see #getNegativePrompt()
	 * @generated
	 */
	void setNegativePrompt(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.atelier.core.model.AtelierPackage#getSamplePrompt_Seed()
	 * @model default="-1"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.SamplePrompt#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

} // SamplePrompt
