/**
 */
package org.atelier.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Base Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A checkpoint (single file or diffusers folder) and what was detected about it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.BaseModel#getId <em>Id</em>}</li>
 *   <li>{@link org.atelier.core.model.BaseModel#getName <em>Name</em>}</li>
 *   <li>{@link org.atelier.core.model.BaseModel#getPath <em>Path</em>}</li>
 *   <li>{@link org.atelier.core.model.BaseModel#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.atelier.core.model.BaseModel#getPredictionType <em>Prediction Type</em>}</li>
 *   <li>{@link org.atelier.core.model.BaseModel#getSha256 <em>Sha256</em>}</li>
 * </ul>
 *
 * @see org.atelier.core.model.AtelierPackage#getBaseModel()
 * @model
 * @generated
 */
public interface BaseModel extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.atelier.core.model.AtelierPackage#getBaseModel_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.BaseModel#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.atelier.core.model.AtelierPackage#getBaseModel_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.BaseModel#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.atelier.core.model.AtelierPackage#getBaseModel_Path()
	 * @model required="true"
	 *        annotation="http://atelier.org/ui help='The checkpoint file or diffusers folder, relative to the project folder or absolute.'"
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.BaseModel#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * The default value is <code>"UNKNOWN"</code>.
	 * The literals are from the enumeration {@link org.atelier.core.model.Architecture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see org.atelier.core.model.Architecture
	 * @see #setArchitecture(Architecture)
	 * @see org.atelier.core.model.AtelierPackage#getBaseModel_Architecture()
	 * @model default="UNKNOWN"
	 * @generated
	 */
	Architecture getArchitecture();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.BaseModel#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see org.atelier.core.model.Architecture
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(Architecture value);

	/**
	 * Returns the value of the '<em><b>Prediction Type</b></em>' attribute.
	 * The default value is <code>"EPSILON"</code>.
	 * The literals are from the enumeration {@link org.atelier.core.model.PredictionType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prediction Type</em>' attribute.
	 * @see org.atelier.core.model.PredictionType
	 * @see #setPredictionType(PredictionType)
	 * @see org.atelier.core.model.AtelierPackage#getBaseModel_PredictionType()
	 * @model default="EPSILON"
	 * @generated
	 */
	PredictionType getPredictionType();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.BaseModel#getPredictionType <em>Prediction Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prediction Type</em>' attribute.
	 * @see org.atelier.core.model.PredictionType
	 * @see #getPredictionType()
	 * @generated
	 */
	void setPredictionType(PredictionType value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.atelier.core.model.AtelierPackage#getBaseModel_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.BaseModel#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

} // BaseModel
