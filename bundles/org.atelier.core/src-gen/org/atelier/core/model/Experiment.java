/**
 */
package org.atelier.core.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A method, a base model, datasets and the method's configuration: one file in the project's experiments/ folder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.Experiment#getName <em>Name</em>}</li>
 *   <li>{@link org.atelier.core.model.Experiment#getDescription <em>Description</em>}</li>
 *   <li>{@link org.atelier.core.model.Experiment#getMethod <em>Method</em>}</li>
 *   <li>{@link org.atelier.core.model.Experiment#getBaseModel <em>Base Model</em>}</li>
 *   <li>{@link org.atelier.core.model.Experiment#getDatasets <em>Datasets</em>}</li>
 *   <li>{@link org.atelier.core.model.Experiment#getConfig <em>Config</em>}</li>
 *   <li>{@link org.atelier.core.model.Experiment#getSampling <em>Sampling</em>}</li>
 *   <li>{@link org.atelier.core.model.Experiment#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @see org.atelier.core.model.AtelierPackage#getExperiment()
 * @model
 * @generated
 */
public interface Experiment extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.atelier.core.model.AtelierPackage#getExperiment_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Experiment#getName <em>Name</em>}' attribute.
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
	 * @see org.atelier.core.model.AtelierPackage#getExperiment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Experiment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the method contribution (extension point org.atelier.core.methods) that runs this experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.atelier.core.model.AtelierPackage#getExperiment_Method()
	 * @model required="true"
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Experiment#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Base Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base Model</em>' reference.
	 * @see #setBaseModel(BaseModel)
	 * @see org.atelier.core.model.AtelierPackage#getExperiment_BaseModel()
	 * @model
	 * @generated
	 */
	BaseModel getBaseModel();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Experiment#getBaseModel <em>Base Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Model</em>' reference.
	 * @see #getBaseModel()
	 * @generated
	 */
	void setBaseModel(BaseModel value);

	/**
	 * Returns the value of the '<em><b>Datasets</b></em>' reference list.
	 * The list contents are of type {@link org.atelier.core.model.Dataset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Datasets</em>' reference list.
	 * @see org.atelier.core.model.AtelierPackage#getExperiment_Datasets()
	 * @model
	 * @generated
	 */
	EList<Dataset> getDatasets();

	/**
	 * Returns the value of the '<em><b>Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Config</em>' containment reference.
	 * @see #setConfig(MethodConfig)
	 * @see org.atelier.core.model.AtelierPackage#getExperiment_Config()
	 * @model containment="true"
	 * @generated
	 */
	MethodConfig getConfig();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Experiment#getConfig <em>Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Config</em>' containment reference.
	 * @see #getConfig()
	 * @generated
	 */
	void setConfig(MethodConfig value);

	/**
	 * Returns the value of the '<em><b>Sampling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sampling</em>' containment reference.
	 * @see #setSampling(SamplingSpec)
	 * @see org.atelier.core.model.AtelierPackage#getExperiment_Sampling()
	 * @model containment="true"
	 * @generated
	 */
	SamplingSpec getSampling();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Experiment#getSampling <em>Sampling</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sampling</em>' containment reference.
	 * @see #getSampling()
	 * @generated
	 */
	void setSampling(SamplingSpec value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"42"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.atelier.core.model.AtelierPackage#getExperiment_Seed()
	 * @model default="42"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Experiment#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

} // Experiment
