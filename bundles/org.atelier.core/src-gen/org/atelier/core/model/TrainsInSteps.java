/**
 */
package org.atelier.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trains In Steps</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A method whose run takes a known number of steps: the Run view counts them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.TrainsInSteps#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.atelier.core.model.AtelierPackage#getTrainsInSteps()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface TrainsInSteps extends EObject {
	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(int)
	 * @see org.atelier.core.model.AtelierPackage#getTrainsInSteps_Steps()
	 * @model default="500"
	 *        annotation="http://atelier.org/ui group='Training' label='Steps' min='1' max='1000000' help='Optimizer steps to train (each of batch size \327 gradient accumulation images).'"
	 * @generated
	 */
	int getSteps();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.TrainsInSteps#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(int value);

} // TrainsInSteps
