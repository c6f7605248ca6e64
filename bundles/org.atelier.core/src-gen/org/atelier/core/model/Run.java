/**
 */
package org.atelier.core.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One execution of an experiment: run.xmi in its run folder. It holds a self-contained snapshot of the experiment, its base model and datasets as they were at launch.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.Run#getId <em>Id</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getExperiment <em>Experiment</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getBaseModel <em>Base Model</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getDatasets <em>Datasets</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getModels <em>Models</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getProjectFolder <em>Project Folder</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getMessage <em>Message</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getCreated <em>Created</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getStarted <em>Started</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getFinished <em>Finished</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getExitCode <em>Exit Code</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getPid <em>Pid</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.atelier.core.model.Run#getArtifacts <em>Artifacts</em>}</li>
 * </ul>
 *
 * @see org.atelier.core.model.AtelierPackage#getRun()
 * @model
 * @generated
 */
public interface Run extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.atelier.core.model.AtelierPackage#getRun_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Run#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Experiment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experiment</em>' containment reference.
	 * @see #setExperiment(Experiment)
	 * @see org.atelier.core.model.AtelierPackage#getRun_Experiment()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Experiment getExperiment();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Run#getExperiment <em>Experiment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experiment</em>' containment reference.
	 * @see #getExperiment()
	 * @generated
	 */
	void setExperiment(Experiment value);

	/**
	 * Returns the value of the '<em><b>Base Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base Model</em>' containment reference.
	 * @see #setBaseModel(BaseModel)
	 * @see org.atelier.core.model.AtelierPackage#getRun_BaseModel()
	 * @model containment="true"
	 * @generated
	 */
	BaseModel getBaseModel();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Run#getBaseModel <em>Base Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Model</em>' containment reference.
	 * @see #getBaseModel()
	 * @generated
	 */
	void setBaseModel(BaseModel value);

	/**
	 * Returns the value of the '<em><b>Datasets</b></em>' containment reference list.
	 * The list contents are of type {@link org.atelier.core.model.Dataset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Datasets</em>' containment reference list.
	 * @see org.atelier.core.model.AtelierPackage#getRun_Datasets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dataset> getDatasets();

	/**
	 * Returns the value of the '<em><b>Models</b></em>' containment reference list.
	 * The list contents are of type {@link org.atelier.core.model.BaseModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other base models the configuration refers to (a merge's models B and C), copied like the base model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Models</em>' containment reference list.
	 * @see org.atelier.core.model.AtelierPackage#getRun_Models()
	 * @model containment="true"
	 * @generated
	 */
	EList<BaseModel> getModels();

	/**
	 * Returns the value of the '<em><b>Project Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project Folder</em>' attribute.
	 * @see #setProjectFolder(String)
	 * @see org.atelier.core.model.AtelierPackage#getRun_ProjectFolder()
	 * @model
	 * @generated
	 */
	String getProjectFolder();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Run#getProjectFolder <em>Project Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project Folder</em>' attribute.
	 * @see #getProjectFolder()
	 * @generated
	 */
	void setProjectFolder(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"QUEUED"</code>.
	 * The literals are from the enumeration {@link org.atelier.core.model.RunStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.atelier.core.model.RunStatus
	 * @see #setStatus(RunStatus)
	 * @see org.atelier.core.model.AtelierPackage#getRun_Status()
	 * @model default="QUEUED"
	 * @generated
	 */
	RunStatus getStatus();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Run#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.atelier.core.model.RunStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RunStatus value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.atelier.core.model.AtelierPackage#getRun_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Run#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.atelier.core.model.AtelierPackage#getRun_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Run#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(Date)
	 * @see org.atelier.core.model.AtelierPackage#getRun_Started()
	 * @model
	 * @generated
	 */
	Date getStarted();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Run#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(Date value);

	/**
	 * Returns the value of the '<em><b>Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished</em>' attribute.
	 * @see #setFinished(Date)
	 * @see org.atelier.core.model.AtelierPackage#getRun_Finished()
	 * @model
	 * @generated
	 */
	Date getFinished();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Run#getFinished <em>Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished</em>' attribute.
	 * @see #getFinished()
	 * @generated
	 */
	void setFinished(Date value);

	/**
	 * Returns the value of the '<em><b>Exit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exit Code</em>' attribute.
	 * @see #setExitCode(Integer)
	 * @see org.atelier.core.model.AtelierPackage#getRun_ExitCode()
	 * @model
	 * @generated
	 */
	Integer getExitCode();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Run#getExitCode <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exit Code</em>' attribute.
	 * @see #getExitCode()
	 * @generated
	 */
	void setExitCode(Integer value);

	/**
	 * Returns the value of the '<em><b>Pid</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pid</em>' attribute.
	 * @see #setPid(long)
	 * @see org.atelier.core.model.AtelierPackage#getRun_Pid()
	 * @model default="0"
	 * @generated
	 */
	long getPid();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Run#getPid <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pid</em>' attribute.
	 * @see #getPid()
	 * @generated
	 */
	void setPid(long value);

	/**
	 * Returns the value of the '<em><b>Environment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Environment</em>' containment reference.
	 * @see #setEnvironment(RunEnvironment)
	 * @see org.atelier.core.model.AtelierPackage#getRun_Environment()
	 * @model containment="true"
	 * @generated
	 */
	RunEnvironment getEnvironment();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Run#getEnvironment <em>Environment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Environment</em>' containment reference.
	 * @see #getEnvironment()
	 * @generated
	 */
	void setEnvironment(RunEnvironment value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.atelier.core.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.atelier.core.model.AtelierPackage#getRun_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Metric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Artifacts</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files the run produced, relative to the run folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Artifacts</em>' attribute list.
	 * @see org.atelier.core.model.AtelierPackage#getRun_Artifacts()
	 * @model
	 * @generated
	 */
	EList<String> getArtifacts();

} // Run
