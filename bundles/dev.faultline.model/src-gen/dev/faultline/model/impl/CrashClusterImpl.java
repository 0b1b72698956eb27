/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.FaultlinePackage;

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
 * An implementation of the model object '<em><b>Crash Cluster</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.CrashClusterImpl#getName <em>Name</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashClusterImpl#getSignature <em>Signature</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashClusterImpl#getFirstSeen <em>First Seen</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashClusterImpl#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashClusterImpl#getCrashCount <em>Crash Count</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashClusterImpl#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CrashClusterImpl extends CausalNodeImpl implements CrashCluster {
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
	 * The default value of the '{@link #getSignature() <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignature() <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected String signature = SIGNATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstSeen() <em>First Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstSeen()
	 * @generated
	 * @ordered
	 */
	protected static final Instant FIRST_SEEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstSeen() <em>First Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstSeen()
	 * @generated
	 * @ordered
	 */
	protected Instant firstSeen = FIRST_SEEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastSeen() <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastSeen()
	 * @generated
	 * @ordered
	 */
	protected static final Instant LAST_SEEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastSeen() <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastSeen()
	 * @generated
	 * @ordered
	 */
	protected Instant lastSeen = LAST_SEEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getCrashCount() <em>Crash Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrashCount()
	 * @generated
	 * @ordered
	 */
	protected static final Long CRASH_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCrashCount() <em>Crash Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrashCount()
	 * @generated
	 * @ordered
	 */
	protected Long crashCount = CRASH_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<CrashAnalysis> members;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CrashClusterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.CRASH_CLUSTER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_CLUSTER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignature() {
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignature(String newSignature) {
		String oldSignature = signature;
		signature = newSignature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_CLUSTER__SIGNATURE, oldSignature, signature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getFirstSeen() {
		return firstSeen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstSeen(Instant newFirstSeen) {
		Instant oldFirstSeen = firstSeen;
		firstSeen = newFirstSeen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_CLUSTER__FIRST_SEEN, oldFirstSeen, firstSeen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getLastSeen() {
		return lastSeen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastSeen(Instant newLastSeen) {
		Instant oldLastSeen = lastSeen;
		lastSeen = newLastSeen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_CLUSTER__LAST_SEEN, oldLastSeen, lastSeen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getCrashCount() {
		return crashCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrashCount(Long newCrashCount) {
		Long oldCrashCount = crashCount;
		crashCount = newCrashCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_CLUSTER__CRASH_COUNT, oldCrashCount, crashCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CrashAnalysis> getMembers() {
		if (members == null) {
			members = new EObjectWithInverseResolvingEList<CrashAnalysis>(CrashAnalysis.class, this, FaultlinePackage.CRASH_CLUSTER__MEMBERS, FaultlinePackage.CRASH_ANALYSIS__CLUSTER);
		}
		return members;
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
			case FaultlinePackage.CRASH_CLUSTER__MEMBERS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMembers()).basicAdd(otherEnd, msgs);
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
			case FaultlinePackage.CRASH_CLUSTER__MEMBERS:
				return ((InternalEList<?>)getMembers()).basicRemove(otherEnd, msgs);
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
			case FaultlinePackage.CRASH_CLUSTER__NAME:
				return getName();
			case FaultlinePackage.CRASH_CLUSTER__SIGNATURE:
				return getSignature();
			case FaultlinePackage.CRASH_CLUSTER__FIRST_SEEN:
				return getFirstSeen();
			case FaultlinePackage.CRASH_CLUSTER__LAST_SEEN:
				return getLastSeen();
			case FaultlinePackage.CRASH_CLUSTER__CRASH_COUNT:
				return getCrashCount();
			case FaultlinePackage.CRASH_CLUSTER__MEMBERS:
				return getMembers();
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
			case FaultlinePackage.CRASH_CLUSTER__NAME:
				setName((String)newValue);
				return;
			case FaultlinePackage.CRASH_CLUSTER__SIGNATURE:
				setSignature((String)newValue);
				return;
			case FaultlinePackage.CRASH_CLUSTER__FIRST_SEEN:
				setFirstSeen((Instant)newValue);
				return;
			case FaultlinePackage.CRASH_CLUSTER__LAST_SEEN:
				setLastSeen((Instant)newValue);
				return;
			case FaultlinePackage.CRASH_CLUSTER__CRASH_COUNT:
				setCrashCount((Long)newValue);
				return;
			case FaultlinePackage.CRASH_CLUSTER__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends CrashAnalysis>)newValue);
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
			case FaultlinePackage.CRASH_CLUSTER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_CLUSTER__SIGNATURE:
				setSignature(SIGNATURE_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_CLUSTER__FIRST_SEEN:
				setFirstSeen(FIRST_SEEN_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_CLUSTER__LAST_SEEN:
				setLastSeen(LAST_SEEN_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_CLUSTER__CRASH_COUNT:
				setCrashCount(CRASH_COUNT_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_CLUSTER__MEMBERS:
				getMembers().clear();
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
			case FaultlinePackage.CRASH_CLUSTER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FaultlinePackage.CRASH_CLUSTER__SIGNATURE:
				return SIGNATURE_EDEFAULT == null ? signature != null : !SIGNATURE_EDEFAULT.equals(signature);
			case FaultlinePackage.CRASH_CLUSTER__FIRST_SEEN:
				return FIRST_SEEN_EDEFAULT == null ? firstSeen != null : !FIRST_SEEN_EDEFAULT.equals(firstSeen);
			case FaultlinePackage.CRASH_CLUSTER__LAST_SEEN:
				return LAST_SEEN_EDEFAULT == null ? lastSeen != null : !LAST_SEEN_EDEFAULT.equals(lastSeen);
			case FaultlinePackage.CRASH_CLUSTER__CRASH_COUNT:
				return CRASH_COUNT_EDEFAULT == null ? crashCount != null : !CRASH_COUNT_EDEFAULT.equals(crashCount);
			case FaultlinePackage.CRASH_CLUSTER__MEMBERS:
				return members != null && !members.isEmpty();
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
		result.append(", signature: ");
		result.append(signature);
		result.append(", firstSeen: ");
		result.append(firstSeen);
		result.append(", lastSeen: ");
		result.append(lastSeen);
		result.append(", crashCount: ");
		result.append(crashCount);
		result.append(')');
		return result.toString();
	}

} //CrashClusterImpl
