/**
 */
package dev.faultline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One machine tracked individually (a representative of a fleet segment).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.Host#getName <em>Name</em>}</li>
 *   <li>{@link dev.faultline.model.Host#getDomain <em>Domain</em>}</li>
 *   <li>{@link dev.faultline.model.Host#getOsName <em>Os Name</em>}</li>
 *   <li>{@link dev.faultline.model.Host#getOsVersion <em>Os Version</em>}</li>
 *   <li>{@link dev.faultline.model.Host#getOsBuild <em>Os Build</em>}</li>
 *   <li>{@link dev.faultline.model.Host#getSite <em>Site</em>}</li>
 *   <li>{@link dev.faultline.model.Host#getRole <em>Role</em>}</li>
 *   <li>{@link dev.faultline.model.Host#getAgentVersions <em>Agent Versions</em>}</li>
 *   <li>{@link dev.faultline.model.Host#getStateChanges <em>State Changes</em>}</li>
 *   <li>{@link dev.faultline.model.Host#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getHost()
 * @model
 * @generated
 */
public interface Host extends CausalNode {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Host name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.faultline.model.FaultlinePackage#getHost_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Host#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DNS or Windows domain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see dev.faultline.model.FaultlinePackage#getHost_Domain()
	 * @model
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Host#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

	/**
	 * Returns the value of the '<em><b>Os Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Operating system name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Os Name</em>' attribute.
	 * @see #setOsName(String)
	 * @see dev.faultline.model.FaultlinePackage#getHost_OsName()
	 * @model
	 * @generated
	 */
	String getOsName();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Host#getOsName <em>Os Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os Name</em>' attribute.
	 * @see #getOsName()
	 * @generated
	 */
	void setOsName(String value);

	/**
	 * Returns the value of the '<em><b>Os Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Operating system version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Os Version</em>' attribute.
	 * @see #setOsVersion(String)
	 * @see dev.faultline.model.FaultlinePackage#getHost_OsVersion()
	 * @model
	 * @generated
	 */
	String getOsVersion();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Host#getOsVersion <em>Os Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os Version</em>' attribute.
	 * @see #getOsVersion()
	 * @generated
	 */
	void setOsVersion(String value);

	/**
	 * Returns the value of the '<em><b>Os Build</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Operating system build number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Os Build</em>' attribute.
	 * @see #setOsBuild(String)
	 * @see dev.faultline.model.FaultlinePackage#getHost_OsBuild()
	 * @model
	 * @generated
	 */
	String getOsBuild();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Host#getOsBuild <em>Os Build</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os Build</em>' attribute.
	 * @see #getOsBuild()
	 * @generated
	 */
	void setOsBuild(String value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Site or business unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' attribute.
	 * @see #setSite(String)
	 * @see dev.faultline.model.FaultlinePackage#getHost_Site()
	 * @model
	 * @generated
	 */
	String getSite();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Host#getSite <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' attribute.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Role of the machine (e.g. check-in kiosk, domain controller).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see dev.faultline.model.FaultlinePackage#getHost_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Host#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Agent Versions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agent and sensor versions installed, one entry per agent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agent Versions</em>' attribute list.
	 * @see dev.faultline.model.FaultlinePackage#getHost_AgentVersions()
	 * @model
	 * @generated
	 */
	EList<String> getAgentVersions();

	/**
	 * Returns the value of the '<em><b>State Changes</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.HostStateChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dated state changes of the host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State Changes</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getHost_StateChanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<HostStateChange> getStateChanges();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' reference list.
	 * The list contents are of type {@link dev.faultline.model.HostGroup}.
	 * It is bidirectional and its opposite is '{@link dev.faultline.model.HostGroup#getRepresentatives <em>Representatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fleet segments this host represents.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' reference list.
	 * @see dev.faultline.model.FaultlinePackage#getHost_Groups()
	 * @see dev.faultline.model.HostGroup#getRepresentatives
	 * @model opposite="representatives"
	 * @generated
	 */
	EList<HostGroup> getGroups();

} // Host
