/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.HostStateChange;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.HostImpl#getName <em>Name</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostImpl#getOsName <em>Os Name</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostImpl#getOsVersion <em>Os Version</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostImpl#getOsBuild <em>Os Build</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostImpl#getSite <em>Site</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostImpl#getRole <em>Role</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostImpl#getAgentVersions <em>Agent Versions</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostImpl#getStateChanges <em>State Changes</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostImpl#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostImpl extends CausalNodeImpl implements Host {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected String domain = DOMAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getOsName() <em>Os Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOsName()
	 * @generated
	 * @ordered
	 */
	protected static final String OS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOsName() <em>Os Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOsName()
	 * @generated
	 * @ordered
	 */
	protected String osName = OS_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOsVersion() <em>Os Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOsVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String OS_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOsVersion() <em>Os Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOsVersion()
	 * @generated
	 * @ordered
	 */
	protected String osVersion = OS_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOsBuild() <em>Os Build</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOsBuild()
	 * @generated
	 * @ordered
	 */
	protected static final String OS_BUILD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOsBuild() <em>Os Build</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOsBuild()
	 * @generated
	 * @ordered
	 */
	protected String osBuild = OS_BUILD_EDEFAULT;

	/**
	 * The default value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected static final String SITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected String site = SITE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAgentVersions() <em>Agent Versions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> agentVersions;

	/**
	 * The cached value of the '{@link #getStateChanges() <em>State Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<HostStateChange> stateChanges;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<HostGroup> groups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.HOST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.HOST__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(String newDomain) {
		String oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.HOST__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOsName() {
		return osName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOsName(String newOsName) {
		String oldOsName = osName;
		osName = newOsName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.HOST__OS_NAME, oldOsName, osName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOsVersion() {
		return osVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOsVersion(String newOsVersion) {
		String oldOsVersion = osVersion;
		osVersion = newOsVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.HOST__OS_VERSION, oldOsVersion, osVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOsBuild() {
		return osBuild;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOsBuild(String newOsBuild) {
		String oldOsBuild = osBuild;
		osBuild = newOsBuild;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.HOST__OS_BUILD, oldOsBuild, osBuild));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(String newSite) {
		String oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.HOST__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.HOST__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAgentVersions() {
		if (agentVersions == null) {
			agentVersions = new EDataTypeUniqueEList<String>(String.class, this, FaultlinePackage.HOST__AGENT_VERSIONS);
		}
		return agentVersions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HostStateChange> getStateChanges() {
		if (stateChanges == null) {
			stateChanges = new EObjectContainmentEList<HostStateChange>(HostStateChange.class, this, FaultlinePackage.HOST__STATE_CHANGES);
		}
		return stateChanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HostGroup> getGroups() {
		if (groups == null) {
			groups = new EObjectWithInverseResolvingEList.ManyInverse<HostGroup>(HostGroup.class, this, FaultlinePackage.HOST__GROUPS, FaultlinePackage.HOST_GROUP__REPRESENTATIVES);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FaultlinePackage.HOST__GROUPS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getGroups()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FaultlinePackage.HOST__STATE_CHANGES:
				return ((InternalEList<?>)getStateChanges()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.HOST__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
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
			case FaultlinePackage.HOST__NAME:
				return getName();
			case FaultlinePackage.HOST__DOMAIN:
				return getDomain();
			case FaultlinePackage.HOST__OS_NAME:
				return getOsName();
			case FaultlinePackage.HOST__OS_VERSION:
				return getOsVersion();
			case FaultlinePackage.HOST__OS_BUILD:
				return getOsBuild();
			case FaultlinePackage.HOST__SITE:
				return getSite();
			case FaultlinePackage.HOST__ROLE:
				return getRole();
			case FaultlinePackage.HOST__AGENT_VERSIONS:
				return getAgentVersions();
			case FaultlinePackage.HOST__STATE_CHANGES:
				return getStateChanges();
			case FaultlinePackage.HOST__GROUPS:
				return getGroups();
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
			case FaultlinePackage.HOST__NAME:
				setName((String)newValue);
				return;
			case FaultlinePackage.HOST__DOMAIN:
				setDomain((String)newValue);
				return;
			case FaultlinePackage.HOST__OS_NAME:
				setOsName((String)newValue);
				return;
			case FaultlinePackage.HOST__OS_VERSION:
				setOsVersion((String)newValue);
				return;
			case FaultlinePackage.HOST__OS_BUILD:
				setOsBuild((String)newValue);
				return;
			case FaultlinePackage.HOST__SITE:
				setSite((String)newValue);
				return;
			case FaultlinePackage.HOST__ROLE:
				setRole((String)newValue);
				return;
			case FaultlinePackage.HOST__AGENT_VERSIONS:
				getAgentVersions().clear();
				getAgentVersions().addAll((Collection<? extends String>)newValue);
				return;
			case FaultlinePackage.HOST__STATE_CHANGES:
				getStateChanges().clear();
				getStateChanges().addAll((Collection<? extends HostStateChange>)newValue);
				return;
			case FaultlinePackage.HOST__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends HostGroup>)newValue);
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
			case FaultlinePackage.HOST__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FaultlinePackage.HOST__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case FaultlinePackage.HOST__OS_NAME:
				setOsName(OS_NAME_EDEFAULT);
				return;
			case FaultlinePackage.HOST__OS_VERSION:
				setOsVersion(OS_VERSION_EDEFAULT);
				return;
			case FaultlinePackage.HOST__OS_BUILD:
				setOsBuild(OS_BUILD_EDEFAULT);
				return;
			case FaultlinePackage.HOST__SITE:
				setSite(SITE_EDEFAULT);
				return;
			case FaultlinePackage.HOST__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case FaultlinePackage.HOST__AGENT_VERSIONS:
				getAgentVersions().clear();
				return;
			case FaultlinePackage.HOST__STATE_CHANGES:
				getStateChanges().clear();
				return;
			case FaultlinePackage.HOST__GROUPS:
				getGroups().clear();
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
			case FaultlinePackage.HOST__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FaultlinePackage.HOST__DOMAIN:
				return DOMAIN_EDEFAULT == null ? domain != null : !DOMAIN_EDEFAULT.equals(domain);
			case FaultlinePackage.HOST__OS_NAME:
				return OS_NAME_EDEFAULT == null ? osName != null : !OS_NAME_EDEFAULT.equals(osName);
			case FaultlinePackage.HOST__OS_VERSION:
				return OS_VERSION_EDEFAULT == null ? osVersion != null : !OS_VERSION_EDEFAULT.equals(osVersion);
			case FaultlinePackage.HOST__OS_BUILD:
				return OS_BUILD_EDEFAULT == null ? osBuild != null : !OS_BUILD_EDEFAULT.equals(osBuild);
			case FaultlinePackage.HOST__SITE:
				return SITE_EDEFAULT == null ? site != null : !SITE_EDEFAULT.equals(site);
			case FaultlinePackage.HOST__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case FaultlinePackage.HOST__AGENT_VERSIONS:
				return agentVersions != null && !agentVersions.isEmpty();
			case FaultlinePackage.HOST__STATE_CHANGES:
				return stateChanges != null && !stateChanges.isEmpty();
			case FaultlinePackage.HOST__GROUPS:
				return groups != null && !groups.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", domain: ");
		result.append(domain);
		result.append(", osName: ");
		result.append(osName);
		result.append(", osVersion: ");
		result.append(osVersion);
		result.append(", osBuild: ");
		result.append(osBuild);
		result.append(", site: ");
		result.append(site);
		result.append(", role: ");
		result.append(role);
		result.append(", agentVersions: ");
		result.append(agentVersions);
		result.append(')');
		return result.toString();
	}

} //HostImpl
