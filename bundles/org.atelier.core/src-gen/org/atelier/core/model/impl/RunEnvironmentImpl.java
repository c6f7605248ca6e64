/**
 */
package org.atelier.core.model.impl;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.RunEnvironment;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run Environment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.impl.RunEnvironmentImpl#getAtelierVersion <em>Atelier Version</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunEnvironmentImpl#getJavaVersion <em>Java Version</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunEnvironmentImpl#getOs <em>Os</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunEnvironmentImpl#getHostName <em>Host Name</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunEnvironmentImpl#getProcessors <em>Processors</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunEnvironmentImpl#getMaxMemory <em>Max Memory</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunEnvironmentImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.RunEnvironmentImpl#getMethodBundle <em>Method Bundle</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunEnvironmentImpl extends MinimalEObjectImpl.Container implements RunEnvironment {
	/**
	 * The default value of the '{@link #getAtelierVersion() <em>Atelier Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtelierVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String ATELIER_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAtelierVersion() <em>Atelier Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtelierVersion()
	 * @generated
	 * @ordered
	 */
	protected String atelierVersion = ATELIER_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getJavaVersion() <em>Java Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJavaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String JAVA_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJavaVersion() <em>Java Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJavaVersion()
	 * @generated
	 * @ordered
	 */
	protected String javaVersion = JAVA_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOs() <em>Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOs()
	 * @generated
	 * @ordered
	 */
	protected static final String OS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOs() <em>Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOs()
	 * @generated
	 * @ordered
	 */
	protected String os = OS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostName() <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostName()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostName() <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostName()
	 * @generated
	 * @ordered
	 */
	protected String hostName = HOST_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getProcessors() <em>Processors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessors()
	 * @generated
	 * @ordered
	 */
	protected static final int PROCESSORS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProcessors() <em>Processors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessors()
	 * @generated
	 * @ordered
	 */
	protected int processors = PROCESSORS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxMemory() <em>Max Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxMemory()
	 * @generated
	 * @ordered
	 */
	protected static final long MAX_MEMORY_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMaxMemory() <em>Max Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxMemory()
	 * @generated
	 * @ordered
	 */
	protected long maxMemory = MAX_MEMORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected String device = DEVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethodBundle() <em>Method Bundle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodBundle()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_BUNDLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethodBundle() <em>Method Bundle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodBundle()
	 * @generated
	 * @ordered
	 */
	protected String methodBundle = METHOD_BUNDLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunEnvironmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AtelierPackage.Literals.RUN_ENVIRONMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAtelierVersion() {
		return atelierVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAtelierVersion(String newAtelierVersion) {
		String oldAtelierVersion = atelierVersion;
		atelierVersion = newAtelierVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN_ENVIRONMENT__ATELIER_VERSION, oldAtelierVersion, atelierVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJavaVersion() {
		return javaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJavaVersion(String newJavaVersion) {
		String oldJavaVersion = javaVersion;
		javaVersion = newJavaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN_ENVIRONMENT__JAVA_VERSION, oldJavaVersion, javaVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOs() {
		return os;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOs(String newOs) {
		String oldOs = os;
		os = newOs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN_ENVIRONMENT__OS, oldOs, os));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostName() {
		return hostName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostName(String newHostName) {
		String oldHostName = hostName;
		hostName = newHostName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN_ENVIRONMENT__HOST_NAME, oldHostName, hostName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProcessors() {
		return processors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcessors(int newProcessors) {
		int oldProcessors = processors;
		processors = newProcessors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN_ENVIRONMENT__PROCESSORS, oldProcessors, processors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMaxMemory() {
		return maxMemory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxMemory(long newMaxMemory) {
		long oldMaxMemory = maxMemory;
		maxMemory = newMaxMemory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN_ENVIRONMENT__MAX_MEMORY, oldMaxMemory, maxMemory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(String newDevice) {
		String oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN_ENVIRONMENT__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethodBundle() {
		return methodBundle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethodBundle(String newMethodBundle) {
		String oldMethodBundle = methodBundle;
		methodBundle = newMethodBundle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.RUN_ENVIRONMENT__METHOD_BUNDLE, oldMethodBundle, methodBundle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AtelierPackage.RUN_ENVIRONMENT__ATELIER_VERSION:
				return getAtelierVersion();
			case AtelierPackage.RUN_ENVIRONMENT__JAVA_VERSION:
				return getJavaVersion();
			case AtelierPackage.RUN_ENVIRONMENT__OS:
				return getOs();
			case AtelierPackage.RUN_ENVIRONMENT__HOST_NAME:
				return getHostName();
			case AtelierPackage.RUN_ENVIRONMENT__PROCESSORS:
				return getProcessors();
			case AtelierPackage.RUN_ENVIRONMENT__MAX_MEMORY:
				return getMaxMemory();
			case AtelierPackage.RUN_ENVIRONMENT__DEVICE:
				return getDevice();
			case AtelierPackage.RUN_ENVIRONMENT__METHOD_BUNDLE:
				return getMethodBundle();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AtelierPackage.RUN_ENVIRONMENT__ATELIER_VERSION:
				setAtelierVersion((String)newValue);
				return;
			case AtelierPackage.RUN_ENVIRONMENT__JAVA_VERSION:
				setJavaVersion((String)newValue);
				return;
			case AtelierPackage.RUN_ENVIRONMENT__OS:
				setOs((String)newValue);
				return;
			case AtelierPackage.RUN_ENVIRONMENT__HOST_NAME:
				setHostName((String)newValue);
				return;
			case AtelierPackage.RUN_ENVIRONMENT__PROCESSORS:
				setProcessors((Integer)newValue);
				return;
			case AtelierPackage.RUN_ENVIRONMENT__MAX_MEMORY:
				setMaxMemory((Long)newValue);
				return;
			case AtelierPackage.RUN_ENVIRONMENT__DEVICE:
				setDevice((String)newValue);
				return;
			case AtelierPackage.RUN_ENVIRONMENT__METHOD_BUNDLE:
				setMethodBundle((String)newValue);
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
			case AtelierPackage.RUN_ENVIRONMENT__ATELIER_VERSION:
				setAtelierVersion(ATELIER_VERSION_EDEFAULT);
				return;
			case AtelierPackage.RUN_ENVIRONMENT__JAVA_VERSION:
				setJavaVersion(JAVA_VERSION_EDEFAULT);
				return;
			case AtelierPackage.RUN_ENVIRONMENT__OS:
				setOs(OS_EDEFAULT);
				return;
			case AtelierPackage.RUN_ENVIRONMENT__HOST_NAME:
				setHostName(HOST_NAME_EDEFAULT);
				return;
			case AtelierPackage.RUN_ENVIRONMENT__PROCESSORS:
				setProcessors(PROCESSORS_EDEFAULT);
				return;
			case AtelierPackage.RUN_ENVIRONMENT__MAX_MEMORY:
				setMaxMemory(MAX_MEMORY_EDEFAULT);
				return;
			case AtelierPackage.RUN_ENVIRONMENT__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case AtelierPackage.RUN_ENVIRONMENT__METHOD_BUNDLE:
				setMethodBundle(METHOD_BUNDLE_EDEFAULT);
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
			case AtelierPackage.RUN_ENVIRONMENT__ATELIER_VERSION:
				return ATELIER_VERSION_EDEFAULT == null ? atelierVersion != null : !ATELIER_VERSION_EDEFAULT.equals(atelierVersion);
			case AtelierPackage.RUN_ENVIRONMENT__JAVA_VERSION:
				return JAVA_VERSION_EDEFAULT == null ? javaVersion != null : !JAVA_VERSION_EDEFAULT.equals(javaVersion);
			case AtelierPackage.RUN_ENVIRONMENT__OS:
				return OS_EDEFAULT == null ? os != null : !OS_EDEFAULT.equals(os);
			case AtelierPackage.RUN_ENVIRONMENT__HOST_NAME:
				return HOST_NAME_EDEFAULT == null ? hostName != null : !HOST_NAME_EDEFAULT.equals(hostName);
			case AtelierPackage.RUN_ENVIRONMENT__PROCESSORS:
				return processors != PROCESSORS_EDEFAULT;
			case AtelierPackage.RUN_ENVIRONMENT__MAX_MEMORY:
				return maxMemory != MAX_MEMORY_EDEFAULT;
			case AtelierPackage.RUN_ENVIRONMENT__DEVICE:
				return DEVICE_EDEFAULT == null ? device != null : !DEVICE_EDEFAULT.equals(device);
			case AtelierPackage.RUN_ENVIRONMENT__METHOD_BUNDLE:
				return METHOD_BUNDLE_EDEFAULT == null ? methodBundle != null : !METHOD_BUNDLE_EDEFAULT.equals(methodBundle);
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
		result.append(" (atelierVersion: ");
		result.append(atelierVersion);
		result.append(", javaVersion: ");
		result.append(javaVersion);
		result.append(", os: ");
		result.append(os);
		result.append(", hostName: ");
		result.append(hostName);
		result.append(", processors: ");
		result.append(processors);
		result.append(", maxMemory: ");
		result.append(maxMemory);
		result.append(", device: ");
		result.append(device);
		result.append(", methodBundle: ");
		result.append(methodBundle);
		result.append(')');
		return result.toString();
	}

} //RunEnvironmentImpl
