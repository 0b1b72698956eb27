/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Host Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.HostGroupImpl#getName <em>Name</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostGroupImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostGroupImpl#getHostCount <em>Host Count</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostGroupImpl#getAffectedCount <em>Affected Count</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostGroupImpl#getRecoveredCount <em>Recovered Count</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostGroupImpl#getCountsAsOf <em>Counts As Of</em>}</li>
 *   <li>{@link dev.faultline.model.impl.HostGroupImpl#getRepresentatives <em>Representatives</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostGroupImpl extends CausalNodeImpl implements HostGroup {
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
	 * The default value of the '{@link #getCriteria() <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected static final String CRITERIA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected String criteria = CRITERIA_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostCount() <em>Host Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostCount()
	 * @generated
	 * @ordered
	 */
	protected static final Long HOST_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostCount() <em>Host Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostCount()
	 * @generated
	 * @ordered
	 */
	protected Long hostCount = HOST_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAffectedCount() <em>Affected Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffectedCount()
	 * @generated
	 * @ordered
	 */
	protected static final Long AFFECTED_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAffectedCount() <em>Affected Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffectedCount()
	 * @generated
	 * @ordered
	 */
	protected Long affectedCount = AFFECTED_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecoveredCount() <em>Recovered Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecoveredCount()
	 * @generated
	 * @ordered
	 */
	protected static final Long RECOVERED_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecoveredCount() <em>Recovered Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecoveredCount()
	 * @generated
	 * @ordered
	 */
	protected Long recoveredCount = RECOVERED_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountsAsOf() <em>Counts As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountsAsOf()
	 * @generated
	 * @ordered
	 */
	protected static final Instant COUNTS_AS_OF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountsAsOf() <em>Counts As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountsAsOf()
	 * @generated
	 * @ordered
	 */
	protected Instant countsAsOf = COUNTS_AS_OF_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRepresentatives() <em>Representatives</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepresentatives()
	 * @generated
	 * @ordered
	 */
	protected EList<Host> representatives;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HostGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.HOST_GROUP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.HOST_GROUP__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriteria() {
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriteria(String newCriteria) {
		String oldCriteria = criteria;
		criteria = newCriteria;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.HOST_GROUP__CRITERIA, oldCriteria, criteria));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getHostCount() {
		return hostCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostCount(Long newHostCount) {
		Long oldHostCount = hostCount;
		hostCount = newHostCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.HOST_GROUP__HOST_COUNT, oldHostCount, hostCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getAffectedCount() {
		return affectedCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAffectedCount(Long newAffectedCount) {
		Long oldAffectedCount = affectedCount;
		affectedCount = newAffectedCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.HOST_GROUP__AFFECTED_COUNT, oldAffectedCount, affectedCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getRecoveredCount() {
		return recoveredCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecoveredCount(Long newRecoveredCount) {
		Long oldRecoveredCount = recoveredCount;
		recoveredCount = newRecoveredCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.HOST_GROUP__RECOVERED_COUNT, oldRecoveredCount, recoveredCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCountsAsOf() {
		return countsAsOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountsAsOf(Instant newCountsAsOf) {
		Instant oldCountsAsOf = countsAsOf;
		countsAsOf = newCountsAsOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.HOST_GROUP__COUNTS_AS_OF, oldCountsAsOf, countsAsOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Host> getRepresentatives() {
		if (representatives == null) {
			representatives = new EObjectWithInverseResolvingEList.ManyInverse<Host>(Host.class, this, FaultlinePackage.HOST_GROUP__REPRESENTATIVES, FaultlinePackage.HOST__GROUPS);
		}
		return representatives;
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
			case FaultlinePackage.HOST_GROUP__REPRESENTATIVES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getRepresentatives()).basicAdd(otherEnd, msgs);
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
			case FaultlinePackage.HOST_GROUP__REPRESENTATIVES:
				return ((InternalEList<?>)getRepresentatives()).basicRemove(otherEnd, msgs);
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
			case FaultlinePackage.HOST_GROUP__NAME:
				return getName();
			case FaultlinePackage.HOST_GROUP__CRITERIA:
				return getCriteria();
			case FaultlinePackage.HOST_GROUP__HOST_COUNT:
				return getHostCount();
			case FaultlinePackage.HOST_GROUP__AFFECTED_COUNT:
				return getAffectedCount();
			case FaultlinePackage.HOST_GROUP__RECOVERED_COUNT:
				return getRecoveredCount();
			case FaultlinePackage.HOST_GROUP__COUNTS_AS_OF:
				return getCountsAsOf();
			case FaultlinePackage.HOST_GROUP__REPRESENTATIVES:
				return getRepresentatives();
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
			case FaultlinePackage.HOST_GROUP__NAME:
				setName((String)newValue);
				return;
			case FaultlinePackage.HOST_GROUP__CRITERIA:
				setCriteria((String)newValue);
				return;
			case FaultlinePackage.HOST_GROUP__HOST_COUNT:
				setHostCount((Long)newValue);
				return;
			case FaultlinePackage.HOST_GROUP__AFFECTED_COUNT:
				setAffectedCount((Long)newValue);
				return;
			case FaultlinePackage.HOST_GROUP__RECOVERED_COUNT:
				setRecoveredCount((Long)newValue);
				return;
			case FaultlinePackage.HOST_GROUP__COUNTS_AS_OF:
				setCountsAsOf((Instant)newValue);
				return;
			case FaultlinePackage.HOST_GROUP__REPRESENTATIVES:
				getRepresentatives().clear();
				getRepresentatives().addAll((Collection<? extends Host>)newValue);
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
			case FaultlinePackage.HOST_GROUP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FaultlinePackage.HOST_GROUP__CRITERIA:
				setCriteria(CRITERIA_EDEFAULT);
				return;
			case FaultlinePackage.HOST_GROUP__HOST_COUNT:
				setHostCount(HOST_COUNT_EDEFAULT);
				return;
			case FaultlinePackage.HOST_GROUP__AFFECTED_COUNT:
				setAffectedCount(AFFECTED_COUNT_EDEFAULT);
				return;
			case FaultlinePackage.HOST_GROUP__RECOVERED_COUNT:
				setRecoveredCount(RECOVERED_COUNT_EDEFAULT);
				return;
			case FaultlinePackage.HOST_GROUP__COUNTS_AS_OF:
				setCountsAsOf(COUNTS_AS_OF_EDEFAULT);
				return;
			case FaultlinePackage.HOST_GROUP__REPRESENTATIVES:
				getRepresentatives().clear();
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
			case FaultlinePackage.HOST_GROUP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FaultlinePackage.HOST_GROUP__CRITERIA:
				return CRITERIA_EDEFAULT == null ? criteria != null : !CRITERIA_EDEFAULT.equals(criteria);
			case FaultlinePackage.HOST_GROUP__HOST_COUNT:
				return HOST_COUNT_EDEFAULT == null ? hostCount != null : !HOST_COUNT_EDEFAULT.equals(hostCount);
			case FaultlinePackage.HOST_GROUP__AFFECTED_COUNT:
				return AFFECTED_COUNT_EDEFAULT == null ? affectedCount != null : !AFFECTED_COUNT_EDEFAULT.equals(affectedCount);
			case FaultlinePackage.HOST_GROUP__RECOVERED_COUNT:
				return RECOVERED_COUNT_EDEFAULT == null ? recoveredCount != null : !RECOVERED_COUNT_EDEFAULT.equals(recoveredCount);
			case FaultlinePackage.HOST_GROUP__COUNTS_AS_OF:
				return COUNTS_AS_OF_EDEFAULT == null ? countsAsOf != null : !COUNTS_AS_OF_EDEFAULT.equals(countsAsOf);
			case FaultlinePackage.HOST_GROUP__REPRESENTATIVES:
				return representatives != null && !representatives.isEmpty();
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
		result.append(", criteria: ");
		result.append(criteria);
		result.append(", hostCount: ");
		result.append(hostCount);
		result.append(", affectedCount: ");
		result.append(affectedCount);
		result.append(", recoveredCount: ");
		result.append(recoveredCount);
		result.append(", countsAsOf: ");
		result.append(countsAsOf);
		result.append(')');
		return result.toString();
	}

} //HostGroupImpl
