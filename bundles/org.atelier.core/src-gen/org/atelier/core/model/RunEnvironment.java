/**
 */
package org.atelier.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run Environment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.RunEnvironment#getAtelierVersion <em>Atelier Version</em>}</li>
 *   <li>{@link org.atelier.core.model.RunEnvironment#getJavaVersion <em>Java Version</em>}</li>
 *   <li>{@link org.atelier.core.model.RunEnvironment#getOs <em>Os</em>}</li>
 *   <li>{@link org.atelier.core.model.RunEnvironment#getHostName <em>Host Name</em>}</li>
 *   <li>{@link org.atelier.core.model.RunEnvironment#getProcessors <em>Processors</em>}</li>
 *   <li>{@link org.atelier.core.model.RunEnvironment#getMaxMemory <em>Max Memory</em>}</li>
 *   <li>{@link org.atelier.core.model.RunEnvironment#getDevice <em>Device</em>}</li>
 *   <li>{@link org.atelier.core.model.RunEnvironment#getMethodBundle <em>Method Bundle</em>}</li>
 * </ul>
 *
 * @see org.atelier.core.model.AtelierPackage#getRunEnvironment()
 * @model
 * @generated
 */
public interface RunEnvironment extends EObject {
	/**
	 * Returns the value of the '<em><b>Atelier Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Atelier Version</em>' attribute.
	 * @see #setAtelierVersion(String)
	 * @see org.atelier.core.model.AtelierPackage#getRunEnvironment_AtelierVersion()
	 * @model
	 * @generated
	 */
	String getAtelierVersion();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.RunEnvironment#getAtelierVersion <em>Atelier Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Atelier Version</em>' attribute.
	 * @see #getAtelierVersion()
	 * @generated
	 */
	void setAtelierVersion(String value);

	/**
	 * Returns the value of the '<em><b>Java Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Java Version</em>' attribute.
	 * @see #setJavaVersion(String)
	 * @see org.atelier.core.model.AtelierPackage#getRunEnvironment_JavaVersion()
	 * @model
	 * @generated
	 */
	String getJavaVersion();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.RunEnvironment#getJavaVersion <em>Java Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Java Version</em>' attribute.
	 * @see #getJavaVersion()
	 * @generated
	 */
	void setJavaVersion(String value);

	/**
	 * Returns the value of the '<em><b>Os</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Os</em>' attribute.
	 * @see #setOs(String)
	 * @see org.atelier.core.model.AtelierPackage#getRunEnvironment_Os()
	 * @model
	 * @generated
	 */
	String getOs();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.RunEnvironment#getOs <em>Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os</em>' attribute.
	 * @see #getOs()
	 * @generated
	 */
	void setOs(String value);

	/**
	 * Returns the value of the '<em><b>Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Name</em>' attribute.
	 * @see #setHostName(String)
	 * @see org.atelier.core.model.AtelierPackage#getRunEnvironment_HostName()
	 * @model
	 * @generated
	 */
	String getHostName();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.RunEnvironment#getHostName <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Name</em>' attribute.
	 * @see #getHostName()
	 * @generated
	 */
	void setHostName(String value);

	/**
	 * Returns the value of the '<em><b>Processors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Processors</em>' attribute.
	 * @see #setProcessors(int)
	 * @see org.atelier.core.model.AtelierPackage#getRunEnvironment_Processors()
	 * @model
	 * @generated
	 */
	int getProcessors();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.RunEnvironment#getProcessors <em>Processors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Processors</em>' attribute.
	 * @see #getProcessors()
	 * @generated
	 */
	void setProcessors(int value);

	/**
	 * Returns the value of the '<em><b>Max Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Memory</em>' attribute.
	 * @see #setMaxMemory(long)
	 * @see org.atelier.core.model.AtelierPackage#getRunEnvironment_MaxMemory()
	 * @model
	 * @generated
	 */
	long getMaxMemory();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.RunEnvironment#getMaxMemory <em>Max Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Memory</em>' attribute.
	 * @see #getMaxMemory()
	 * @generated
	 */
	void setMaxMemory(long value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.atelier.core.model.AtelierPackage#getRunEnvironment_Device()
	 * @model
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.RunEnvironment#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Method Bundle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method Bundle</em>' attribute.
	 * @see #setMethodBundle(String)
	 * @see org.atelier.core.model.AtelierPackage#getRunEnvironment_MethodBundle()
	 * @model
	 * @generated
	 */
	String getMethodBundle();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.RunEnvironment#getMethodBundle <em>Method Bundle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method Bundle</em>' attribute.
	 * @see #getMethodBundle()
	 * @generated
	 */
	void setMethodBundle(String value);

} // RunEnvironment
