/**
 */
package org.atelier.core.model.impl;

import java.util.Collection;
import java.util.Date;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.Metric;
import org.atelier.core.model.Run;
import org.atelier.core.model.RunEnvironment;
import org.atelier.core.model.RunStatus;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getExperiment <em>Experiment</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getBaseModel <em>Base Model</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getDatasets <em>Datasets</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getModels <em>Models</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getProjectFolder <em>Project Folder</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getFinished <em>Finished</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getExitCode <em>Exit Code</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getPid <em>Pid</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunImpl#getArtifacts <em>Artifacts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunImpl extends MinimalEObjectImpl.Container implements Run {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExperiment() <em>Experiment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperiment()
	 * @generated
	 * @ordered
	 */
	protected Experiment experiment;

	/**
	 * The cached value of the '{@link #getBaseModel() <em>Base Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseModel()
	 * @generated
	 * @ordered
	 */
	protected BaseModel baseModel;

	/**
	 * The cached value of the '{@link #getDatasets() <em>Datasets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatasets()
	 * @generated
	 * @ordered
	 */
	protected EList<Dataset> datasets;

	/**
	 * The cached value of the '{@link #getModels() <em>Models</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModels()
	 * @generated
	 * @ordered
	 */
	protected EList<BaseModel> models;

	/**
	 * The default value of the '{@link #getProjectFolder() <em>Project Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectFolder()
	 * @generated
	 * @ordered
	 */
	protected static final String PROJECT_FOLDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProjectFolder() <em>Project Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectFolder()
	 * @generated
	 * @ordered
	 */
	protected String projectFolder = PROJECT_FOLDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RunStatus STATUS_EDEFAULT = RunStatus.QUEUED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RunStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected Date started = STARTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinished() <em>Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinished()
	 * @generated
	 * @ordered
	 */
	protected static final Date FINISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinished() <em>Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinished()
	 * @generated
	 * @ordered
	 */
	protected Date finished = FINISHED_EDEFAULT;

	/**
	 * The default value of the '{@link #getExitCode() <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitCode()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EXIT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExitCode() <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitCode()
	 * @generated
	 * @ordered
	 */
	protected Integer exitCode = EXIT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPid() <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPid()
	 * @generated
	 * @ordered
	 */
	protected static final long PID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPid() <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPid()
	 * @generated
	 * @ordered
	 */
	protected long pid = PID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnvironment() <em>Environment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironment()
	 * @generated
	 * @ordered
	 */
	protected RunEnvironment environment;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<Metric> metrics;

	/**
	 * The cached value of the '{@link #getArtifacts() <em>Artifacts</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtifacts()
	 * @generated
	 * @ordered
	 */
	protected EList<String> artifacts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AtelierPackage.Literals.RUN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Experiment getExperiment() {
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExperiment(Experiment newExperiment, NotificationChain msgs) {
		Experiment oldExperiment = experiment;
		experiment = newExperiment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__EXPERIMENT, oldExperiment, newExperiment);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExperiment(Experiment newExperiment) {
		if (newExperiment != experiment) {
			NotificationChain msgs = null;
			if (experiment != null)
				msgs = ((InternalEObject)experiment).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AtelierPackage.RUN__EXPERIMENT, null, msgs);
			if (newExperiment != null)
				msgs = ((InternalEObject)newExperiment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AtelierPackage.RUN__EXPERIMENT, null, msgs);
			msgs = basicSetExperiment(newExperiment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__EXPERIMENT, newExperiment, newExperiment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BaseModel getBaseModel() {
		return baseModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBaseModel(BaseModel newBaseModel, NotificationChain msgs) {
		BaseModel oldBaseModel = baseModel;
		baseModel = newBaseModel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__BASE_MODEL, oldBaseModel, newBaseModel);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseModel(BaseModel newBaseModel) {
		if (newBaseModel != baseModel) {
			NotificationChain msgs = null;
			if (baseModel != null)
				msgs = ((InternalEObject)baseModel).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AtelierPackage.RUN__BASE_MODEL, null, msgs);
			if (newBaseModel != null)
				msgs = ((InternalEObject)newBaseModel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AtelierPackage.RUN__BASE_MODEL, null, msgs);
			msgs = basicSetBaseModel(newBaseModel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__BASE_MODEL, newBaseModel, newBaseModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dataset> getDatasets() {
		if (datasets == null) {
			datasets = new EObjectContainmentEList<Dataset>(Dataset.class, this, AtelierPackage.RUN__DATASETS);
		}
		return datasets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BaseModel> getModels() {
		if (models == null) {
			models = new EObjectContainmentEList<BaseModel>(BaseModel.class, this, AtelierPackage.RUN__MODELS);
		}
		return models;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProjectFolder() {
		return projectFolder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProjectFolder(String newProjectFolder) {
		String oldProjectFolder = projectFolder;
		projectFolder = newProjectFolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__PROJECT_FOLDER, oldProjectFolder, projectFolder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RunStatus newStatus) {
		RunStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStarted() {
		return started;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(Date newStarted) {
		Date oldStarted = started;
		started = newStarted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__STARTED, oldStarted, started));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFinished() {
		return finished;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinished(Date newFinished) {
		Date oldFinished = finished;
		finished = newFinished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__FINISHED, oldFinished, finished));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getExitCode() {
		return exitCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExitCode(Integer newExitCode) {
		Integer oldExitCode = exitCode;
		exitCode = newExitCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__EXIT_CODE, oldExitCode, exitCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPid() {
		return pid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPid(long newPid) {
		long oldPid = pid;
		pid = newPid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__PID, oldPid, pid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunEnvironment getEnvironment() {
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEnvironment(RunEnvironment newEnvironment, NotificationChain msgs) {
		RunEnvironment oldEnvironment = environment;
		environment = newEnvironment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__ENVIRONMENT, oldEnvironment, newEnvironment);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnvironment(RunEnvironment newEnvironment) {
		if (newEnvironment != environment) {
			NotificationChain msgs = null;
			if (environment != null)
				msgs = ((InternalEObject)environment).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AtelierPackage.RUN__ENVIRONMENT, null, msgs);
			if (newEnvironment != null)
				msgs = ((InternalEObject)newEnvironment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AtelierPackage.RUN__ENVIRONMENT, null, msgs);
			msgs = basicSetEnvironment(newEnvironment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN__ENVIRONMENT, newEnvironment, newEnvironment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Metric> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<Metric>(Metric.class, this, AtelierPackage.RUN__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getArtifacts() {
		if (artifacts == null) {
			artifacts = new EDataTypeUniqueEList<String>(String.class, this, AtelierPackage.RUN__ARTIFACTS);
		}
		return artifacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AtelierPackage.RUN__EXPERIMENT:
				return basicSetExperiment(null, msgs);
			case AtelierPackage.RUN__BASE_MODEL:
				return basicSetBaseModel(null, msgs);
			case AtelierPackage.RUN__DATASETS:
				return ((InternalEList<?>)getDatasets()).basicRemove(otherEnd, msgs);
			case AtelierPackage.RUN__MODELS:
				return ((InternalEList<?>)getModels()).basicRemove(otherEnd, msgs);
			case AtelierPackage.RUN__ENVIRONMENT:
				return basicSetEnvironment(null, msgs);
			case AtelierPackage.RUN__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AtelierPackage.RUN__ID:
				return getId();
			case AtelierPackage.RUN__EXPERIMENT:
				return getExperiment();
			case AtelierPackage.RUN__BASE_MODEL:
				return getBaseModel();
			case AtelierPackage.RUN__DATASETS:
				return getDatasets();
			case AtelierPackage.RUN__MODELS:
				return getModels();
			case AtelierPackage.RUN__PROJECT_FOLDER:
				return getProjectFolder();
			case AtelierPackage.RUN__STATUS:
				return getStatus();
			case AtelierPackage.RUN__MESSAGE:
				return getMessage();
			case AtelierPackage.RUN__CREATED:
				return getCreated();
			case AtelierPackage.RUN__STARTED:
				return getStarted();
			case AtelierPackage.RUN__FINISHED:
				return getFinished();
			case AtelierPackage.RUN__EXIT_CODE:
				return getExitCode();
			case AtelierPackage.RUN__PID:
				return getPid();
			case AtelierPackage.RUN__ENVIRONMENT:
				return getEnvironment();
			case AtelierPackage.RUN__METRICS:
				return getMetrics();
			case AtelierPackage.RUN__ARTIFACTS:
				return getArtifacts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AtelierPackage.RUN__ID:
				setId((String)newValue);
				return;
			case AtelierPackage.RUN__EXPERIMENT:
				setExperiment((Experiment)newValue);
				return;
			case AtelierPackage.RUN__BASE_MODEL:
				setBaseModel((BaseModel)newValue);
				return;
			case AtelierPackage.RUN__DATASETS:
				getDatasets().clear();
				getDatasets().addAll((Collection<? extends Dataset>)newValue);
				return;
			case AtelierPackage.RUN__MODELS:
				getModels().clear();
				getModels().addAll((Collection<? extends BaseModel>)newValue);
				return;
			case AtelierPackage.RUN__PROJECT_FOLDER:
				setProjectFolder((String)newValue);
				return;
			case AtelierPackage.RUN__STATUS:
				setStatus((RunStatus)newValue);
				return;
			case AtelierPackage.RUN__MESSAGE:
				setMessage((String)newValue);
				return;
			case AtelierPackage.RUN__CREATED:
				setCreated((Date)newValue);
				return;
			case AtelierPackage.RUN__STARTED:
				setStarted((Date)newValue);
				return;
			case AtelierPackage.RUN__FINISHED:
				setFinished((Date)newValue);
				return;
			case AtelierPackage.RUN__EXIT_CODE:
				setExitCode((Integer)newValue);
				return;
			case AtelierPackage.RUN__PID:
				setPid((Long)newValue);
				return;
			case AtelierPackage.RUN__ENVIRONMENT:
				setEnvironment((RunEnvironment)newValue);
				return;
			case AtelierPackage.RUN__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends Metric>)newValue);
				return;
			case AtelierPackage.RUN__ARTIFACTS:
				getArtifacts().clear();
				getArtifacts().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AtelierPackage.RUN__ID:
				setId(ID_EDEFAULT);
				return;
			case AtelierPackage.RUN__EXPERIMENT:
				setExperiment((Experiment)null);
				return;
			case AtelierPackage.RUN__BASE_MODEL:
				setBaseModel((BaseModel)null);
				return;
			case AtelierPackage.RUN__DATASETS:
				getDatasets().clear();
				return;
			case AtelierPackage.RUN__MODELS:
				getModels().clear();
				return;
			case AtelierPackage.RUN__PROJECT_FOLDER:
				setProjectFolder(PROJECT_FOLDER_EDEFAULT);
				return;
			case AtelierPackage.RUN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case AtelierPackage.RUN__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case AtelierPackage.RUN__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case AtelierPackage.RUN__STARTED:
				setStarted(STARTED_EDEFAULT);
				return;
			case AtelierPackage.RUN__FINISHED:
				setFinished(FINISHED_EDEFAULT);
				return;
			case AtelierPackage.RUN__EXIT_CODE:
				setExitCode(EXIT_CODE_EDEFAULT);
				return;
			case AtelierPackage.RUN__PID:
				setPid(PID_EDEFAULT);
				return;
			case AtelierPackage.RUN__ENVIRONMENT:
				setEnvironment((RunEnvironment)null);
				return;
			case AtelierPackage.RUN__METRICS:
				getMetrics().clear();
				return;
			case AtelierPackage.RUN__ARTIFACTS:
				getArtifacts().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AtelierPackage.RUN__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case AtelierPackage.RUN__EXPERIMENT:
				return experiment != null;
			case AtelierPackage.RUN__BASE_MODEL:
				return baseModel != null;
			case AtelierPackage.RUN__DATASETS:
				return datasets != null && !datasets.isEmpty();
			case AtelierPackage.RUN__MODELS:
				return models != null && !models.isEmpty();
			case AtelierPackage.RUN__PROJECT_FOLDER:
				return PROJECT_FOLDER_EDEFAULT == null ? projectFolder != null : !PROJECT_FOLDER_EDEFAULT.equals(projectFolder);
			case AtelierPackage.RUN__STATUS:
				return status != STATUS_EDEFAULT;
			case AtelierPackage.RUN__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case AtelierPackage.RUN__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case AtelierPackage.RUN__STARTED:
				return STARTED_EDEFAULT == null ? started != null : !STARTED_EDEFAULT.equals(started);
			case AtelierPackage.RUN__FINISHED:
				return FINISHED_EDEFAULT == null ? finished != null : !FINISHED_EDEFAULT.equals(finished);
			case AtelierPackage.RUN__EXIT_CODE:
				return EXIT_CODE_EDEFAULT == null ? exitCode != null : !EXIT_CODE_EDEFAULT.equals(exitCode);
			case AtelierPackage.RUN__PID:
				return pid != PID_EDEFAULT;
			case AtelierPackage.RUN__ENVIRONMENT:
				return environment != null;
			case AtelierPackage.RUN__METRICS:
				return metrics != null && !metrics.isEmpty();
			case AtelierPackage.RUN__ARTIFACTS:
				return artifacts != null && !artifacts.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", projectFolder: ");
		result.append(projectFolder);
		result.append(", status: ");
		result.append(status);
		result.append(", message: ");
		result.append(message);
		result.append(", created: ");
		result.append(created);
		result.append(", started: ");
		result.append(started);
		result.append(", finished: ");
		result.append(finished);
		result.append(", exitCode: ");
		result.append(exitCode);
		result.append(", pid: ");
		result.append(pid);
		result.append(", artifacts: ");
		result.append(artifacts);
		result.append(')');
		return result.toString();
	}

} //RunImpl
