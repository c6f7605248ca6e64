/**
 */
package org.atelier.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Caption Processing</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.CaptionProcessing#isShuffle <em>Shuffle</em>}</li>
 *   <li>{@link org.atelier.core.model.CaptionProcessing#getKeepTokens <em>Keep Tokens</em>}</li>
 *   <li>{@link org.atelier.core.model.CaptionProcessing#getDropoutRate <em>Dropout Rate</em>}</li>
 *   <li>{@link org.atelier.core.model.CaptionProcessing#getTagDropoutRate <em>Tag Dropout Rate</em>}</li>
 *   <li>{@link org.atelier.core.model.CaptionProcessing#getPrefix <em>Prefix</em>}</li>
 *   <li>{@link org.atelier.core.model.CaptionProcessing#getSuffix <em>Suffix</em>}</li>
 * </ul>
 *
 * @see org.atelier.core.model.AtelierPackage#getCaptionProcessing()
 * @model
 * @generated
 */
public interface CaptionProcessing extends EObject {
	/**
	 * Returns the value of the '<em><b>Shuffle</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shuffle</em>' attribute.
	 * @see #setShuffle(boolean)
	 * @see org.atelier.core.model.AtelierPackage#getCaptionProcessing_Shuffle()
	 * @model default="false"
	 * @generated
	 */
	boolean isShuffle();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.CaptionProcessing#isShuffle <em>Shuffle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shuffle</em>' attribute.
	 * @see #isShuffle()
	 * @generated
	 */
	void setShuffle(boolean value);

	/**
	 * Returns the value of the '<em><b>Keep Tokens</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keep Tokens</em>' attribute.
	 * @see #setKeepTokens(int)
	 * @see org.atelier.core.model.AtelierPackage#getCaptionProcessing_KeepTokens()
	 * @model default="0"
	 *        annotation="http://atelier.org/ui min='0' max='75'"
	 * @generated
	 */
	int getKeepTokens();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.CaptionProcessing#getKeepTokens <em>Keep Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keep Tokens</em>' attribute.
	 * @see #getKeepTokens()
	 * @generated
	 */
	void setKeepTokens(int value);

	/**
	 * Returns the value of the '<em><b>Dropout Rate</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dropout Rate</em>' attribute.
	 * @see #setDropoutRate(double)
	 * @see org.atelier.core.model.AtelierPackage#getCaptionProcessing_DropoutRate()
	 * @model default="0.0"
	 *        annotation="http://atelier.org/ui min='0' max='1'"
	 * @generated
	 */
	double getDropoutRate();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.CaptionProcessing#getDropoutRate <em>Dropout Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dropout Rate</em>' attribute.
	 * @see #getDropoutRate()
	 * @generated
	 */
	void setDropoutRate(double value);

	/**
	 * Returns the value of the '<em><b>Tag Dropout Rate</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tag Dropout Rate</em>' attribute.
	 * @see #setTagDropoutRate(double)
	 * @see org.atelier.core.model.AtelierPackage#getCaptionProcessing_TagDropoutRate()
	 * @model default="0.0"
	 *        annotation="http://atelier.org/ui min='0' max='1'"
	 * @generated
	 */
	double getTagDropoutRate();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.CaptionProcessing#getTagDropoutRate <em>Tag Dropout Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag Dropout Rate</em>' attribute.
	 * @see #getTagDropoutRate()
	 * @generated
	 */
	void setTagDropoutRate(double value);

	/**
	 * Returns the value of the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefix</em>' attribute.
	 * @see #setPrefix(String)
	 * @see org.atelier.core.model.AtelierPackage#getCaptionProcessing_Prefix()
	 * @model
	 * @generated
	 */
	String getPrefix();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.CaptionProcessing#getPrefix <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefix</em>' attribute.
	 * @see #getPrefix()
	 * @generated
	 */
	void setPrefix(String value);

	/**
	 * Returns the value of the '<em><b>Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suffix</em>' attribute.
	 * @see #setSuffix(String)
	 * @see org.atelier.core.model.AtelierPackage#getCaptionProcessing_Suffix()
	 * @model
	 * @generated
	 */
	String getSuffix();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.CaptionProcessing#getSuffix <em>Suffix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suffix</em>' attribute.
	 * @see #getSuffix()
	 * @generated
	 */
	void setSuffix(String value);

} // CaptionProcessing
