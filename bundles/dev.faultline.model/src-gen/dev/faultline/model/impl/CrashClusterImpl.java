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
 *   <li>{@link dev.faultline.model.impl.CrashClusterImpl#getClusterKey <em>Cluster Key</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashClusterImpl#getBugcheckCode <em>Bugcheck Code</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashClusterImpl#getFaultingModule <em>Faulting Module</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashClusterImpl#getFailureBucket <em>Failure Bucket</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashClusterImpl#getHostCount <em>Host Count</em>}</li>
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
	 * The default value of the '{@link #getClusterKey() <em>Cluster Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterKey()
	 * @generated
	 * @ordered
	 */
	protected static final String CLUSTER_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClusterKey() <em>Cluster Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterKey()
	 * @generated
	 * @ordered
	 */
	protected String clusterKey = CLUSTER_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getBugcheckCode() <em>Bugcheck Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBugcheckCode()
	 * @generated
	 * @ordered
	 */
	protected static final String BUGCHECK_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBugcheckCode() <em>Bugcheck Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBugcheckCode()
	 * @generated
	 * @ordered
	 */
	protected String bugcheckCode = BUGCHECK_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFaultingModule() <em>Faulting Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaultingModule()
	 * @generated
	 * @ordered
	 */
	protected static final String FAULTING_MODULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFaultingModule() <em>Faulting Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaultingModule()
	 * @generated
	 * @ordered
	 */
	protected String faultingModule = FAULTING_MODULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailureBucket() <em>Failure Bucket</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureBucket()
	 * @generated
	 * @ordered
	 */
	protected static final String FAILURE_BUCKET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailureBucket() <em>Failure Bucket</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureBucket()
	 * @generated
	 * @ordered
	 */
	protected String failureBucket = FAILURE_BUCKET_EDEFAULT;

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
	@Override
	public String getClusterKey() {
		return clusterKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClusterKey(String newClusterKey) {
		String oldClusterKey = clusterKey;
		clusterKey = newClusterKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_CLUSTER__CLUSTER_KEY, oldClusterKey, clusterKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBugcheckCode() {
		return bugcheckCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBugcheckCode(String newBugcheckCode) {
		String oldBugcheckCode = bugcheckCode;
		bugcheckCode = newBugcheckCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_CLUSTER__BUGCHECK_CODE, oldBugcheckCode, bugcheckCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFaultingModule() {
		return faultingModule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFaultingModule(String newFaultingModule) {
		String oldFaultingModule = faultingModule;
		faultingModule = newFaultingModule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_CLUSTER__FAULTING_MODULE, oldFaultingModule, faultingModule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFailureBucket() {
		return failureBucket;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailureBucket(String newFailureBucket) {
		String oldFailureBucket = failureBucket;
		failureBucket = newFailureBucket;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_CLUSTER__FAILURE_BUCKET, oldFailureBucket, failureBucket));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_CLUSTER__HOST_COUNT, oldHostCount, hostCount));
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
			case FaultlinePackage.CRASH_CLUSTER__CLUSTER_KEY:
				return getClusterKey();
			case FaultlinePackage.CRASH_CLUSTER__BUGCHECK_CODE:
				return getBugcheckCode();
			case FaultlinePackage.CRASH_CLUSTER__FAULTING_MODULE:
				return getFaultingModule();
			case FaultlinePackage.CRASH_CLUSTER__FAILURE_BUCKET:
				return getFailureBucket();
			case FaultlinePackage.CRASH_CLUSTER__HOST_COUNT:
				return getHostCount();
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
			case FaultlinePackage.CRASH_CLUSTER__CLUSTER_KEY:
				setClusterKey((String)newValue);
				return;
			case FaultlinePackage.CRASH_CLUSTER__BUGCHECK_CODE:
				setBugcheckCode((String)newValue);
				return;
			case FaultlinePackage.CRASH_CLUSTER__FAULTING_MODULE:
				setFaultingModule((String)newValue);
				return;
			case FaultlinePackage.CRASH_CLUSTER__FAILURE_BUCKET:
				setFailureBucket((String)newValue);
				return;
			case FaultlinePackage.CRASH_CLUSTER__HOST_COUNT:
				setHostCount((Long)newValue);
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
			case FaultlinePackage.CRASH_CLUSTER__CLUSTER_KEY:
				setClusterKey(CLUSTER_KEY_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_CLUSTER__BUGCHECK_CODE:
				setBugcheckCode(BUGCHECK_CODE_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_CLUSTER__FAULTING_MODULE:
				setFaultingModule(FAULTING_MODULE_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_CLUSTER__FAILURE_BUCKET:
				setFailureBucket(FAILURE_BUCKET_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_CLUSTER__HOST_COUNT:
				setHostCount(HOST_COUNT_EDEFAULT);
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
			case FaultlinePackage.CRASH_CLUSTER__CLUSTER_KEY:
				return CLUSTER_KEY_EDEFAULT == null ? clusterKey != null : !CLUSTER_KEY_EDEFAULT.equals(clusterKey);
			case FaultlinePackage.CRASH_CLUSTER__BUGCHECK_CODE:
				return BUGCHECK_CODE_EDEFAULT == null ? bugcheckCode != null : !BUGCHECK_CODE_EDEFAULT.equals(bugcheckCode);
			case FaultlinePackage.CRASH_CLUSTER__FAULTING_MODULE:
				return FAULTING_MODULE_EDEFAULT == null ? faultingModule != null : !FAULTING_MODULE_EDEFAULT.equals(faultingModule);
			case FaultlinePackage.CRASH_CLUSTER__FAILURE_BUCKET:
				return FAILURE_BUCKET_EDEFAULT == null ? failureBucket != null : !FAILURE_BUCKET_EDEFAULT.equals(failureBucket);
			case FaultlinePackage.CRASH_CLUSTER__HOST_COUNT:
				return HOST_COUNT_EDEFAULT == null ? hostCount != null : !HOST_COUNT_EDEFAULT.equals(hostCount);
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
		result.append(", clusterKey: ");
		result.append(clusterKey);
		result.append(", bugcheckCode: ");
		result.append(bugcheckCode);
		result.append(", faultingModule: ");
		result.append(faultingModule);
		result.append(", failureBucket: ");
		result.append(failureBucket);
		result.append(", hostCount: ");
		result.append(hostCount);
		result.append(')');
		return result.toString();
	}

} //CrashClusterImpl
