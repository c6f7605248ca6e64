/**
 */
package org.atelier.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bucket Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.BucketSpec#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.atelier.core.model.BucketSpec#getMinResolution <em>Min Resolution</em>}</li>
 *   <li>{@link org.atelier.core.model.BucketSpec#getMaxResolution <em>Max Resolution</em>}</li>
 *   <li>{@link org.atelier.core.model.BucketSpec#getStep <em>Step</em>}</li>
 *   <li>{@link org.atelier.core.model.BucketSpec#isNoUpscale <em>No Upscale</em>}</li>
 * </ul>
 *
 * @see org.atelier.core.model.AtelierPackage#getBucketSpec()
 * @model
 * @generated
 */
public interface BucketSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.atelier.core.model.AtelierPackage#getBucketSpec_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.BucketSpec#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Min Resolution</b></em>' attribute.
	 * The default value is <code>"256"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Resolution</em>' attribute.
	 * @see #setMinResolution(int)
	 * @see org.atelier.core.model.AtelierPackage#getBucketSpec_MinResolution()
	 * @model default="256"
	 *        annotation="http://atelier.org/ui min='64' max='4096'"
	 * @generated
	 */
	int getMinResolution();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.BucketSpec#getMinResolution <em>Min Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Resolution</em>' attribute.
	 * @see #getMinResolution()
	 * @generated
	 */
	void setMinResolution(int value);

	/**
	 * Returns the value of the '<em><b>Max Resolution</b></em>' attribute.
	 * The default value is <code>"1024"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Resolution</em>' attribute.
	 * @see #setMaxResolution(int)
	 * @see org.atelier.core.model.AtelierPackage#getBucketSpec_MaxResolution()
	 * @model default="1024"
	 *        annotation="http://atelier.org/ui min='64' max='4096'"
	 * @generated
	 */
	int getMaxResolution();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.BucketSpec#getMaxResolution <em>Max Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Resolution</em>' attribute.
	 * @see #getMaxResolution()
	 * @generated
	 */
	void setMaxResolution(int value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * The default value is <code>"64"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #setStep(int)
	 * @see org.atelier.core.model.AtelierPackage#getBucketSpec_Step()
	 * @model default="64"
	 *        annotation="http://atelier.org/ui min='8' max='512'"
	 * @generated
	 */
	int getStep();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.BucketSpec#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(int value);

	/**
	 * Returns the value of the '<em><b>No Upscale</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>No Upscale</em>' attribute.
	 * @see #setNoUpscale(boolean)
	 * @see org.atelier.core.model.AtelierPackage#getBucketSpec_NoUpscale()
	 * @model default="true"
	 * @generated
	 */
	boolean isNoUpscale();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.BucketSpec#isNoUpscale <em>No Upscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Upscale</em>' attribute.
	 * @see #isNoUpscale()
	 * @generated
	 */
	void setNoUpscale(boolean value);

} // BucketSpec
