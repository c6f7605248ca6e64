/**
 */
package org.atelier.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One image folder of a dataset (a kohya concept folder such as 10_mycat).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.Subset#getPath <em>Path</em>}</li>
 *   <li>{@link org.atelier.core.model.Subset#getRepeats <em>Repeats</em>}</li>
 *   <li>{@link org.atelier.core.model.Subset#getRole <em>Role</em>}</li>
 *   <li>{@link org.atelier.core.model.Subset#getClassTokens <em>Class Tokens</em>}</li>
 *   <li>{@link org.atelier.core.model.Subset#getLossWeight <em>Loss Weight</em>}</li>
 * </ul>
 *
 * @see org.atelier.core.model.AtelierPackage#getSubset()
 * @model
 * @generated
 */
public interface Subset extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.atelier.core.model.AtelierPackage#getSubset_Path()
	 * @model required="true"
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Subset#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Repeats</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Repeats</em>' attribute.
	 * @see #setRepeats(int)
	 * @see org.atelier.core.model.AtelierPackage#getSubset_Repeats()
	 * @model default="1"
	 *        annotation="http://atelier.org/ui min='1' max='10000'"
	 * @generated
	 */
	int getRepeats();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Subset#getRepeats <em>Repeats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repeats</em>' attribute.
	 * @see #getRepeats()
	 * @generated
	 */
	void setRepeats(int value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The default value is <code>"INSTANCE"</code>.
	 * The literals are from the enumeration {@link org.atelier.core.model.SubsetRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.atelier.core.model.SubsetRole
	 * @see #setRole(SubsetRole)
	 * @see org.atelier.core.model.AtelierPackage#getSubset_Role()
	 * @model default="INSTANCE"
	 * @generated
	 */
	SubsetRole getRole();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Subset#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.atelier.core.model.SubsetRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(SubsetRole value);

	/**
	 * Returns the value of the '<em><b>Class Tokens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Tokens</em>' attribute.
	 * @see #setClassTokens(String)
	 * @see org.atelier.core.model.AtelierPackage#getSubset_ClassTokens()
	 * @model
	 * @generated
	 */
	String getClassTokens();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Subset#getClassTokens <em>Class Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Tokens</em>' attribute.
	 * @see #getClassTokens()
	 * @generated
	 */
	void setClassTokens(String value);

	/**
	 * Returns the value of the '<em><b>Loss Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loss Weight</em>' attribute.
	 * @see #setLossWeight(double)
	 * @see org.atelier.core.model.AtelierPackage#getSubset_LossWeight()
	 * @model default="1.0"
	 *        annotation="http://atelier.org/ui min='0' max='100'"
	 * @generated
	 */
	double getLossWeight();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Subset#getLossWeight <em>Loss Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loss Weight</em>' attribute.
	 * @see #getLossWeight()
	 * @generated
	 */
	void setLossWeight(double value);

} // Subset
