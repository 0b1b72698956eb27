/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.model.StackFrame;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Crash Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getHost <em>Host</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getTime <em>Time</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getBugcheckCode <em>Bugcheck Code</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getBugcheckName <em>Bugcheck Name</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getParameter1 <em>Parameter1</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getParameter2 <em>Parameter2</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getParameter3 <em>Parameter3</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getParameter4 <em>Parameter4</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getFaultingModule <em>Faulting Module</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getImageName <em>Image Name</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getProcessName <em>Process Name</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getFailureBucket <em>Failure Bucket</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getSymbolName <em>Symbol Name</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getOsBuild <em>Os Build</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getFrames <em>Frames</em>}</li>
 *   <li>{@link dev.faultline.model.impl.CrashAnalysisImpl#getCluster <em>Cluster</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CrashAnalysisImpl extends CausalNodeImpl implements CrashAnalysis {
	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected Host host;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final Instant TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected Instant time = TIME_EDEFAULT;

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
	 * The default value of the '{@link #getBugcheckName() <em>Bugcheck Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBugcheckName()
	 * @generated
	 * @ordered
	 */
	protected static final String BUGCHECK_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBugcheckName() <em>Bugcheck Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBugcheckName()
	 * @generated
	 * @ordered
	 */
	protected String bugcheckName = BUGCHECK_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getParameter1() <em>Parameter1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter1()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAMETER1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParameter1() <em>Parameter1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter1()
	 * @generated
	 * @ordered
	 */
	protected String parameter1 = PARAMETER1_EDEFAULT;

	/**
	 * The default value of the '{@link #getParameter2() <em>Parameter2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter2()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAMETER2_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParameter2() <em>Parameter2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter2()
	 * @generated
	 * @ordered
	 */
	protected String parameter2 = PARAMETER2_EDEFAULT;

	/**
	 * The default value of the '{@link #getParameter3() <em>Parameter3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter3()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAMETER3_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParameter3() <em>Parameter3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter3()
	 * @generated
	 * @ordered
	 */
	protected String parameter3 = PARAMETER3_EDEFAULT;

	/**
	 * The default value of the '{@link #getParameter4() <em>Parameter4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter4()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAMETER4_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParameter4() <em>Parameter4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter4()
	 * @generated
	 * @ordered
	 */
	protected String parameter4 = PARAMETER4_EDEFAULT;

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
	 * The default value of the '{@link #getImageName() <em>Image Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageName()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImageName() <em>Image Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageName()
	 * @generated
	 * @ordered
	 */
	protected String imageName = IMAGE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getProcessName() <em>Process Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessName()
	 * @generated
	 * @ordered
	 */
	protected static final String PROCESS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProcessName() <em>Process Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessName()
	 * @generated
	 * @ordered
	 */
	protected String processName = PROCESS_NAME_EDEFAULT;

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
	 * The default value of the '{@link #getSymbolName() <em>Symbol Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbolName()
	 * @generated
	 * @ordered
	 */
	protected static final String SYMBOL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSymbolName() <em>Symbol Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbolName()
	 * @generated
	 * @ordered
	 */
	protected String symbolName = SYMBOL_NAME_EDEFAULT;

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
	 * The cached value of the '{@link #getFrames() <em>Frames</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrames()
	 * @generated
	 * @ordered
	 */
	protected EList<StackFrame> frames;

	/**
	 * The cached value of the '{@link #getCluster() <em>Cluster</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCluster()
	 * @generated
	 * @ordered
	 */
	protected CrashCluster cluster;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CrashAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.CRASH_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host getHost() {
		if (host != null && host.eIsProxy()) {
			InternalEObject oldHost = (InternalEObject)host;
			host = (Host)eResolveProxy(oldHost);
			if (host != oldHost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FaultlinePackage.CRASH_ANALYSIS__HOST, oldHost, host));
			}
		}
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Host basicGetHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Host newHost) {
		Host oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(Instant newTime) {
		Instant oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__TIME, oldTime, time));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__BUGCHECK_CODE, oldBugcheckCode, bugcheckCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBugcheckName() {
		return bugcheckName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBugcheckName(String newBugcheckName) {
		String oldBugcheckName = bugcheckName;
		bugcheckName = newBugcheckName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__BUGCHECK_NAME, oldBugcheckName, bugcheckName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParameter1() {
		return parameter1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameter1(String newParameter1) {
		String oldParameter1 = parameter1;
		parameter1 = newParameter1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__PARAMETER1, oldParameter1, parameter1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParameter2() {
		return parameter2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameter2(String newParameter2) {
		String oldParameter2 = parameter2;
		parameter2 = newParameter2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__PARAMETER2, oldParameter2, parameter2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParameter3() {
		return parameter3;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameter3(String newParameter3) {
		String oldParameter3 = parameter3;
		parameter3 = newParameter3;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__PARAMETER3, oldParameter3, parameter3));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParameter4() {
		return parameter4;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameter4(String newParameter4) {
		String oldParameter4 = parameter4;
		parameter4 = newParameter4;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__PARAMETER4, oldParameter4, parameter4));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__FAULTING_MODULE, oldFaultingModule, faultingModule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImageName() {
		return imageName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageName(String newImageName) {
		String oldImageName = imageName;
		imageName = newImageName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__IMAGE_NAME, oldImageName, imageName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProcessName() {
		return processName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcessName(String newProcessName) {
		String oldProcessName = processName;
		processName = newProcessName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__PROCESS_NAME, oldProcessName, processName));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__FAILURE_BUCKET, oldFailureBucket, failureBucket));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSymbolName() {
		return symbolName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSymbolName(String newSymbolName) {
		String oldSymbolName = symbolName;
		symbolName = newSymbolName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__SYMBOL_NAME, oldSymbolName, symbolName));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__OS_BUILD, oldOsBuild, osBuild));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StackFrame> getFrames() {
		if (frames == null) {
			frames = new EObjectContainmentEList<StackFrame>(StackFrame.class, this, FaultlinePackage.CRASH_ANALYSIS__FRAMES);
		}
		return frames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrashCluster getCluster() {
		if (cluster != null && cluster.eIsProxy()) {
			InternalEObject oldCluster = (InternalEObject)cluster;
			cluster = (CrashCluster)eResolveProxy(oldCluster);
			if (cluster != oldCluster) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FaultlinePackage.CRASH_ANALYSIS__CLUSTER, oldCluster, cluster));
			}
		}
		return cluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CrashCluster basicGetCluster() {
		return cluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCluster(CrashCluster newCluster, NotificationChain msgs) {
		CrashCluster oldCluster = cluster;
		cluster = newCluster;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__CLUSTER, oldCluster, newCluster);
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
	public void setCluster(CrashCluster newCluster) {
		if (newCluster != cluster) {
			NotificationChain msgs = null;
			if (cluster != null)
				msgs = ((InternalEObject)cluster).eInverseRemove(this, FaultlinePackage.CRASH_CLUSTER__MEMBERS, CrashCluster.class, msgs);
			if (newCluster != null)
				msgs = ((InternalEObject)newCluster).eInverseAdd(this, FaultlinePackage.CRASH_CLUSTER__MEMBERS, CrashCluster.class, msgs);
			msgs = basicSetCluster(newCluster, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.CRASH_ANALYSIS__CLUSTER, newCluster, newCluster));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FaultlinePackage.CRASH_ANALYSIS__CLUSTER:
				if (cluster != null)
					msgs = ((InternalEObject)cluster).eInverseRemove(this, FaultlinePackage.CRASH_CLUSTER__MEMBERS, CrashCluster.class, msgs);
				return basicSetCluster((CrashCluster)otherEnd, msgs);
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
			case FaultlinePackage.CRASH_ANALYSIS__FRAMES:
				return ((InternalEList<?>)getFrames()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.CRASH_ANALYSIS__CLUSTER:
				return basicSetCluster(null, msgs);
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
			case FaultlinePackage.CRASH_ANALYSIS__HOST:
				if (resolve) return getHost();
				return basicGetHost();
			case FaultlinePackage.CRASH_ANALYSIS__TIME:
				return getTime();
			case FaultlinePackage.CRASH_ANALYSIS__BUGCHECK_CODE:
				return getBugcheckCode();
			case FaultlinePackage.CRASH_ANALYSIS__BUGCHECK_NAME:
				return getBugcheckName();
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER1:
				return getParameter1();
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER2:
				return getParameter2();
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER3:
				return getParameter3();
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER4:
				return getParameter4();
			case FaultlinePackage.CRASH_ANALYSIS__FAULTING_MODULE:
				return getFaultingModule();
			case FaultlinePackage.CRASH_ANALYSIS__IMAGE_NAME:
				return getImageName();
			case FaultlinePackage.CRASH_ANALYSIS__PROCESS_NAME:
				return getProcessName();
			case FaultlinePackage.CRASH_ANALYSIS__FAILURE_BUCKET:
				return getFailureBucket();
			case FaultlinePackage.CRASH_ANALYSIS__SYMBOL_NAME:
				return getSymbolName();
			case FaultlinePackage.CRASH_ANALYSIS__OS_BUILD:
				return getOsBuild();
			case FaultlinePackage.CRASH_ANALYSIS__FRAMES:
				return getFrames();
			case FaultlinePackage.CRASH_ANALYSIS__CLUSTER:
				if (resolve) return getCluster();
				return basicGetCluster();
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
			case FaultlinePackage.CRASH_ANALYSIS__HOST:
				setHost((Host)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__TIME:
				setTime((Instant)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__BUGCHECK_CODE:
				setBugcheckCode((String)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__BUGCHECK_NAME:
				setBugcheckName((String)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER1:
				setParameter1((String)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER2:
				setParameter2((String)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER3:
				setParameter3((String)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER4:
				setParameter4((String)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__FAULTING_MODULE:
				setFaultingModule((String)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__IMAGE_NAME:
				setImageName((String)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__PROCESS_NAME:
				setProcessName((String)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__FAILURE_BUCKET:
				setFailureBucket((String)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__SYMBOL_NAME:
				setSymbolName((String)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__OS_BUILD:
				setOsBuild((String)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__FRAMES:
				getFrames().clear();
				getFrames().addAll((Collection<? extends StackFrame>)newValue);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__CLUSTER:
				setCluster((CrashCluster)newValue);
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
			case FaultlinePackage.CRASH_ANALYSIS__HOST:
				setHost((Host)null);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__BUGCHECK_CODE:
				setBugcheckCode(BUGCHECK_CODE_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__BUGCHECK_NAME:
				setBugcheckName(BUGCHECK_NAME_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER1:
				setParameter1(PARAMETER1_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER2:
				setParameter2(PARAMETER2_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER3:
				setParameter3(PARAMETER3_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER4:
				setParameter4(PARAMETER4_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__FAULTING_MODULE:
				setFaultingModule(FAULTING_MODULE_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__IMAGE_NAME:
				setImageName(IMAGE_NAME_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__PROCESS_NAME:
				setProcessName(PROCESS_NAME_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__FAILURE_BUCKET:
				setFailureBucket(FAILURE_BUCKET_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__SYMBOL_NAME:
				setSymbolName(SYMBOL_NAME_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__OS_BUILD:
				setOsBuild(OS_BUILD_EDEFAULT);
				return;
			case FaultlinePackage.CRASH_ANALYSIS__FRAMES:
				getFrames().clear();
				return;
			case FaultlinePackage.CRASH_ANALYSIS__CLUSTER:
				setCluster((CrashCluster)null);
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
			case FaultlinePackage.CRASH_ANALYSIS__HOST:
				return host != null;
			case FaultlinePackage.CRASH_ANALYSIS__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case FaultlinePackage.CRASH_ANALYSIS__BUGCHECK_CODE:
				return BUGCHECK_CODE_EDEFAULT == null ? bugcheckCode != null : !BUGCHECK_CODE_EDEFAULT.equals(bugcheckCode);
			case FaultlinePackage.CRASH_ANALYSIS__BUGCHECK_NAME:
				return BUGCHECK_NAME_EDEFAULT == null ? bugcheckName != null : !BUGCHECK_NAME_EDEFAULT.equals(bugcheckName);
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER1:
				return PARAMETER1_EDEFAULT == null ? parameter1 != null : !PARAMETER1_EDEFAULT.equals(parameter1);
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER2:
				return PARAMETER2_EDEFAULT == null ? parameter2 != null : !PARAMETER2_EDEFAULT.equals(parameter2);
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER3:
				return PARAMETER3_EDEFAULT == null ? parameter3 != null : !PARAMETER3_EDEFAULT.equals(parameter3);
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER4:
				return PARAMETER4_EDEFAULT == null ? parameter4 != null : !PARAMETER4_EDEFAULT.equals(parameter4);
			case FaultlinePackage.CRASH_ANALYSIS__FAULTING_MODULE:
				return FAULTING_MODULE_EDEFAULT == null ? faultingModule != null : !FAULTING_MODULE_EDEFAULT.equals(faultingModule);
			case FaultlinePackage.CRASH_ANALYSIS__IMAGE_NAME:
				return IMAGE_NAME_EDEFAULT == null ? imageName != null : !IMAGE_NAME_EDEFAULT.equals(imageName);
			case FaultlinePackage.CRASH_ANALYSIS__PROCESS_NAME:
				return PROCESS_NAME_EDEFAULT == null ? processName != null : !PROCESS_NAME_EDEFAULT.equals(processName);
			case FaultlinePackage.CRASH_ANALYSIS__FAILURE_BUCKET:
				return FAILURE_BUCKET_EDEFAULT == null ? failureBucket != null : !FAILURE_BUCKET_EDEFAULT.equals(failureBucket);
			case FaultlinePackage.CRASH_ANALYSIS__SYMBOL_NAME:
				return SYMBOL_NAME_EDEFAULT == null ? symbolName != null : !SYMBOL_NAME_EDEFAULT.equals(symbolName);
			case FaultlinePackage.CRASH_ANALYSIS__OS_BUILD:
				return OS_BUILD_EDEFAULT == null ? osBuild != null : !OS_BUILD_EDEFAULT.equals(osBuild);
			case FaultlinePackage.CRASH_ANALYSIS__FRAMES:
				return frames != null && !frames.isEmpty();
			case FaultlinePackage.CRASH_ANALYSIS__CLUSTER:
				return cluster != null;
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
		result.append(" (time: ");
		result.append(time);
		result.append(", bugcheckCode: ");
		result.append(bugcheckCode);
		result.append(", bugcheckName: ");
		result.append(bugcheckName);
		result.append(", parameter1: ");
		result.append(parameter1);
		result.append(", parameter2: ");
		result.append(parameter2);
		result.append(", parameter3: ");
		result.append(parameter3);
		result.append(", parameter4: ");
		result.append(parameter4);
		result.append(", faultingModule: ");
		result.append(faultingModule);
		result.append(", imageName: ");
		result.append(imageName);
		result.append(", processName: ");
		result.append(processName);
		result.append(", failureBucket: ");
		result.append(failureBucket);
		result.append(", symbolName: ");
		result.append(symbolName);
		result.append(", osBuild: ");
		result.append(osBuild);
		result.append(')');
		return result.toString();
	}

} //CrashAnalysisImpl
