/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.Outage;
import dev.faultline.model.Severity;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Outage</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.OutageImpl#getService <em>Service</em>}</li>
 *   <li>{@link dev.faultline.model.impl.OutageImpl#getSector <em>Sector</em>}</li>
 *   <li>{@link dev.faultline.model.impl.OutageImpl#getStart <em>Start</em>}</li>
 *   <li>{@link dev.faultline.model.impl.OutageImpl#getEnd <em>End</em>}</li>
 *   <li>{@link dev.faultline.model.impl.OutageImpl#getAffectedHosts <em>Affected Hosts</em>}</li>
 *   <li>{@link dev.faultline.model.impl.OutageImpl#getAffectedGroups <em>Affected Groups</em>}</li>
 *   <li>{@link dev.faultline.model.impl.OutageImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link dev.faultline.model.impl.OutageImpl#getCustomerImpact <em>Customer Impact</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutageImpl extends CausalNodeImpl implements Outage {
	/**
	 * The default value of the '{@link #getService() <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getService() <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected String service = SERVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected String sector = SECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final Instant START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Instant start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Instant END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Instant end = END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAffectedHosts() <em>Affected Hosts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffectedHosts()
	 * @generated
	 * @ordered
	 */
	protected EList<Host> affectedHosts;

	/**
	 * The cached value of the '{@link #getAffectedGroups() <em>Affected Groups</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffectedGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<HostGroup> affectedGroups;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.UNKNOWN;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerImpact() <em>Customer Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerImpact()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_IMPACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerImpact() <em>Customer Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerImpact()
	 * @generated
	 * @ordered
	 */
	protected String customerImpact = CUSTOMER_IMPACT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.OUTAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getService() {
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setService(String newService) {
		String oldService = service;
		service = newService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.OUTAGE__SERVICE, oldService, service));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSector() {
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSector(String newSector) {
		String oldSector = sector;
		sector = newSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.OUTAGE__SECTOR, oldSector, sector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Instant newStart) {
		Instant oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.OUTAGE__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Instant newEnd) {
		Instant oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.OUTAGE__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Host> getAffectedHosts() {
		if (affectedHosts == null) {
			affectedHosts = new EObjectResolvingEList<Host>(Host.class, this, FaultlinePackage.OUTAGE__AFFECTED_HOSTS);
		}
		return affectedHosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HostGroup> getAffectedGroups() {
		if (affectedGroups == null) {
			affectedGroups = new EObjectResolvingEList<HostGroup>(HostGroup.class, this, FaultlinePackage.OUTAGE__AFFECTED_GROUPS);
		}
		return affectedGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.OUTAGE__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerImpact() {
		return customerImpact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerImpact(String newCustomerImpact) {
		String oldCustomerImpact = customerImpact;
		customerImpact = newCustomerImpact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.OUTAGE__CUSTOMER_IMPACT, oldCustomerImpact, customerImpact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FaultlinePackage.OUTAGE__SERVICE:
				return getService();
			case FaultlinePackage.OUTAGE__SECTOR:
				return getSector();
			case FaultlinePackage.OUTAGE__START:
				return getStart();
			case FaultlinePackage.OUTAGE__END:
				return getEnd();
			case FaultlinePackage.OUTAGE__AFFECTED_HOSTS:
				return getAffectedHosts();
			case FaultlinePackage.OUTAGE__AFFECTED_GROUPS:
				return getAffectedGroups();
			case FaultlinePackage.OUTAGE__SEVERITY:
				return getSeverity();
			case FaultlinePackage.OUTAGE__CUSTOMER_IMPACT:
				return getCustomerImpact();
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
			case FaultlinePackage.OUTAGE__SERVICE:
				setService((String)newValue);
				return;
			case FaultlinePackage.OUTAGE__SECTOR:
				setSector((String)newValue);
				return;
			case FaultlinePackage.OUTAGE__START:
				setStart((Instant)newValue);
				return;
			case FaultlinePackage.OUTAGE__END:
				setEnd((Instant)newValue);
				return;
			case FaultlinePackage.OUTAGE__AFFECTED_HOSTS:
				getAffectedHosts().clear();
				getAffectedHosts().addAll((Collection<? extends Host>)newValue);
				return;
			case FaultlinePackage.OUTAGE__AFFECTED_GROUPS:
				getAffectedGroups().clear();
				getAffectedGroups().addAll((Collection<? extends HostGroup>)newValue);
				return;
			case FaultlinePackage.OUTAGE__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case FaultlinePackage.OUTAGE__CUSTOMER_IMPACT:
				setCustomerImpact((String)newValue);
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
			case FaultlinePackage.OUTAGE__SERVICE:
				setService(SERVICE_EDEFAULT);
				return;
			case FaultlinePackage.OUTAGE__SECTOR:
				setSector(SECTOR_EDEFAULT);
				return;
			case FaultlinePackage.OUTAGE__START:
				setStart(START_EDEFAULT);
				return;
			case FaultlinePackage.OUTAGE__END:
				setEnd(END_EDEFAULT);
				return;
			case FaultlinePackage.OUTAGE__AFFECTED_HOSTS:
				getAffectedHosts().clear();
				return;
			case FaultlinePackage.OUTAGE__AFFECTED_GROUPS:
				getAffectedGroups().clear();
				return;
			case FaultlinePackage.OUTAGE__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case FaultlinePackage.OUTAGE__CUSTOMER_IMPACT:
				setCustomerImpact(CUSTOMER_IMPACT_EDEFAULT);
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
			case FaultlinePackage.OUTAGE__SERVICE:
				return SERVICE_EDEFAULT == null ? service != null : !SERVICE_EDEFAULT.equals(service);
			case FaultlinePackage.OUTAGE__SECTOR:
				return SECTOR_EDEFAULT == null ? sector != null : !SECTOR_EDEFAULT.equals(sector);
			case FaultlinePackage.OUTAGE__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case FaultlinePackage.OUTAGE__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case FaultlinePackage.OUTAGE__AFFECTED_HOSTS:
				return affectedHosts != null && !affectedHosts.isEmpty();
			case FaultlinePackage.OUTAGE__AFFECTED_GROUPS:
				return affectedGroups != null && !affectedGroups.isEmpty();
			case FaultlinePackage.OUTAGE__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case FaultlinePackage.OUTAGE__CUSTOMER_IMPACT:
				return CUSTOMER_IMPACT_EDEFAULT == null ? customerImpact != null : !CUSTOMER_IMPACT_EDEFAULT.equals(customerImpact);
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
		result.append(" (service: ");
		result.append(service);
		result.append(", sector: ");
		result.append(sector);
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", severity: ");
		result.append(severity);
		result.append(", customerImpact: ");
		result.append(customerImpact);
		result.append(')');
		return result.toString();
	}

} //OutageImpl
