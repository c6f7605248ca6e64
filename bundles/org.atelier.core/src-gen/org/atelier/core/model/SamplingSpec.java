/**
 */
package org.atelier.core.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sampling Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.SamplingSpec#getPrompts <em>Prompts</em>}</li>
 *   <li>{@link org.atelier.core.model.SamplingSpec#getEverySteps <em>Every Steps</em>}</li>
 *   <li>{@link org.atelier.core.model.SamplingSpec#isSampleAtFirst <em>Sample At First</em>}</li>
 *   <li>{@link org.atelier.core.model.SamplingSpec#getSampler <em>Sampler</em>}</li>
 *   <li>{@link org.atelier.core.model.SamplingSpec#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.atelier.core.model.SamplingSpec#getCfgScale <em>Cfg Scale</em>}</li>
 *   <li>{@link org.atelier.core.model.SamplingSpec#getWidth <em>Width</em>}</li>
 *   <li>{@link org.atelier.core.model.SamplingSpec#getHeight <em>Height</em>}</li>
 * </ul>
 *
 * @see org.atelier.core.model.AtelierPackage#getSamplingSpec()
 * @model
 * @generated
 */
public interface SamplingSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Prompts</b></em>' containment reference list.
	 * The list contents are of type {@link org.atelier.core.model.SamplePrompt}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prompts</em>' containment reference list.
	 * @see org.atelier.core.model.AtelierPackage#getSamplingSpec_Prompts()
	 * @model containment="true"
	 * @generated
	 */
	EList<SamplePrompt> getPrompts();

	/**
	 * Returns the value of the '<em><b>Every Steps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Every Steps</em>' attribute.
	 * @see #setEverySteps(int)
	 * @see org.atelier.core.model.AtelierPackage#getSamplingSpec_EverySteps()
	 * @model default="0"
	 *        annotation="http://atelier.org/ui min='0' help='Make samples every this many steps; 0 for none.'"
	 * @generated
	 */
	int getEverySteps();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.SamplingSpec#getEverySteps <em>Every Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Every Steps</em>' attribute.
	 * @see #getEverySteps()
	 * @generated
	 */
	void setEverySteps(int value);

	/**
	 * Returns the value of the '<em><b>Sample At First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sample At First</em>' attribute.
	 * @see #setSampleAtFirst(boolean)
	 * @see org.atelier.core.model.AtelierPackage#getSamplingSpec_SampleAtFirst()
	 * @model annotation="http://atelier.org/ui help='Also make the samples before the first step (kohya\'s --sample_at_first): what the model drew before it trained, beside what it draws after.'"
	 * @generated
	 */
	boolean isSampleAtFirst();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.SamplingSpec#isSampleAtFirst <em>Sample At First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sample At First</em>' attribute.
	 * @see #isSampleAtFirst()
	 * @generated
	 */
	void setSampleAtFirst(boolean value);

	/**
	 * Returns the value of the '<em><b>Sampler</b></em>' attribute.
	 * The default value is <code>"Euler a"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sampler</em>' attribute.
	 * @see #setSampler(String)
	 * @see org.atelier.core.model.AtelierPackage#getSamplingSpec_Sampler()
	 * @model default="Euler a"
	 * @generated
	 */
	String getSampler();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.SamplingSpec#getSampler <em>Sampler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sampler</em>' attribute.
	 * @see #getSampler()
	 * @generated
	 */
	void setSampler(String value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(int)
	 * @see org.atelier.core.model.AtelierPackage#getSamplingSpec_Steps()
	 * @model default="20"
	 *        annotation="http://atelier.org/ui min='1' max='1000'"
	 * @generated
	 */
	int getSteps();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.SamplingSpec#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(int value);

	/**
	 * Returns the value of the '<em><b>Cfg Scale</b></em>' attribute.
	 * The default value is <code>"7.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cfg Scale</em>' attribute.
	 * @see #setCfgScale(double)
	 * @see org.atelier.core.model.AtelierPackage#getSamplingSpec_CfgScale()
	 * @model default="7.0"
	 *        annotation="http://atelier.org/ui min='0' max='30'"
	 * @generated
	 */
	double getCfgScale();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.SamplingSpec#getCfgScale <em>Cfg Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cfg Scale</em>' attribute.
	 * @see #getCfgScale()
	 * @generated
	 */
	void setCfgScale(double value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"512"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.atelier.core.model.AtelierPackage#getSamplingSpec_Width()
	 * @model default="512"
	 *        annotation="http://atelier.org/ui min='64' max='4096'"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.SamplingSpec#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * The default value is <code>"512"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.atelier.core.model.AtelierPackage#getSamplingSpec_Height()
	 * @model default="512"
	 *        annotation="http://atelier.org/ui min='64' max='4096'"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.SamplingSpec#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

} // SamplingSpec
