/**
 */
package org.atelier.core.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A training project: lives in a folder as project.atelier; its experiments are the files in experiments/, its runs the folders in runs/.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.TrainingProject#getName <em>Name</em>}</li>
 *   <li>{@link org.atelier.core.model.TrainingProject#getDescription <em>Description</em>}</li>
 *   <li>{@link org.atelier.core.model.TrainingProject#getBaseModels <em>Base Models</em>}</li>
 *   <li>{@link org.atelier.core.model.TrainingProject#getDatasets <em>Datasets</em>}</li>
 * </ul>
 *
 * @see org.atelier.core.model.AtelierPackage#getTrainingProject()
 * @model
 * @generated
 */
public interface TrainingProject extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.atelier.core.model.AtelierPackage#getTrainingProject_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.TrainingProject#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.atelier.core.model.AtelierPackage#getTrainingProject_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.TrainingProject#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Base Models</b></em>' containment reference list.
	 * The list contents are of type {@link org.atelier.core.model.BaseModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base Models</em>' containment reference list.
	 * @see org.atelier.core.model.AtelierPackage#getTrainingProject_BaseModels()
	 * @model containment="true"
	 * @generated
	 */
	EList<BaseModel> getBaseModels();

	/**
	 * Returns the value of the '<em><b>Datasets</b></em>' containment reference list.
	 * The list contents are of type {@link org.atelier.core.model.Dataset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Datasets</em>' containment reference list.
	 * @see org.atelier.core.model.AtelierPackage#getTrainingProject_Datasets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dataset> getDatasets();

} // TrainingProject
