/**
 */
package dev.faultline.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Crash Cluster</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Crashes that share one signature.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.CrashCluster#getName <em>Name</em>}</li>
 *   <li>{@link dev.faultline.model.CrashCluster#getSignature <em>Signature</em>}</li>
 *   <li>{@link dev.faultline.model.CrashCluster#getFirstSeen <em>First Seen</em>}</li>
 *   <li>{@link dev.faultline.model.CrashCluster#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link dev.faultline.model.CrashCluster#getCrashCount <em>Crash Count</em>}</li>
 *   <li>{@link dev.faultline.model.CrashCluster#getMembers <em>Members</em>}</li>
 *   <li>{@link dev.faultline.model.CrashCluster#getClusterKey <em>Cluster Key</em>}</li>
 *   <li>{@link dev.faultline.model.CrashCluster#getBugcheckCode <em>Bugcheck Code</em>}</li>
 *   <li>{@link dev.faultline.model.CrashCluster#getFaultingModule <em>Faulting Module</em>}</li>
 *   <li>{@link dev.faultline.model.CrashCluster#getFailureBucket <em>Failure Bucket</em>}</li>
 *   <li>{@link dev.faultline.model.CrashCluster#getHostCount <em>Host Count</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getCrashCluster()
 * @model
 * @generated
 */
public interface CrashCluster extends CausalNode {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the cluster.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashCluster_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashCluster#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shared signature, e.g. failure bucket or module+offset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signature</em>' attribute.
	 * @see #setSignature(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashCluster_Signature()
	 * @model
	 * @generated
	 */
	String getSignature();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashCluster#getSignature <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature</em>' attribute.
	 * @see #getSignature()
	 * @generated
	 */
	void setSignature(String value);

	/**
	 * Returns the value of the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First crash in the cluster (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Seen</em>' attribute.
	 * @see #setFirstSeen(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getCrashCluster_FirstSeen()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getFirstSeen();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashCluster#getFirstSeen <em>First Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Seen</em>' attribute.
	 * @see #getFirstSeen()
	 * @generated
	 */
	void setFirstSeen(Instant value);

	/**
	 * Returns the value of the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last crash in the cluster (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Seen</em>' attribute.
	 * @see #setLastSeen(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getCrashCluster_LastSeen()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getLastSeen();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashCluster#getLastSeen <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Seen</em>' attribute.
	 * @see #getLastSeen()
	 * @generated
	 */
	void setLastSeen(Instant value);

	/**
	 * Returns the value of the '<em><b>Crash Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of crashes, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crash Count</em>' attribute.
	 * @see #setCrashCount(Long)
	 * @see dev.faultline.model.FaultlinePackage#getCrashCluster_CrashCount()
	 * @model
	 * @generated
	 */
	Long getCrashCount();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashCluster#getCrashCount <em>Crash Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crash Count</em>' attribute.
	 * @see #getCrashCount()
	 * @generated
	 */
	void setCrashCount(Long value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link dev.faultline.model.CrashAnalysis}.
	 * It is bidirectional and its opposite is '{@link dev.faultline.model.CrashAnalysis#getCluster <em>Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Analyses in the cluster.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see dev.faultline.model.FaultlinePackage#getCrashCluster_Members()
	 * @see dev.faultline.model.CrashAnalysis#getCluster
	 * @model opposite="cluster"
	 * @generated
	 */
	EList<CrashAnalysis> getMembers();

	/**
	 * Returns the value of the '<em><b>Cluster Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the crashes share: failure bucket, else faulting module + bugcheck code + stack signature (set by the clustering, which finds the cluster again by it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cluster Key</em>' attribute.
	 * @see #setClusterKey(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashCluster_ClusterKey()
	 * @model
	 * @generated
	 */
	String getClusterKey();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashCluster#getClusterKey <em>Cluster Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster Key</em>' attribute.
	 * @see #getClusterKey()
	 * @generated
	 */
	void setClusterKey(String value);

	/**
	 * Returns the value of the '<em><b>Bugcheck Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bugcheck code of the crashes, 0x50 form (the most frequent one when they differ).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bugcheck Code</em>' attribute.
	 * @see #setBugcheckCode(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashCluster_BugcheckCode()
	 * @model
	 * @generated
	 */
	String getBugcheckCode();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashCluster#getBugcheckCode <em>Bugcheck Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bugcheck Code</em>' attribute.
	 * @see #getBugcheckCode()
	 * @generated
	 */
	void setBugcheckCode(String value);

	/**
	 * Returns the value of the '<em><b>Faulting Module</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Faulting module of the crashes, e.g. csagent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Faulting Module</em>' attribute.
	 * @see #setFaultingModule(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashCluster_FaultingModule()
	 * @model
	 * @generated
	 */
	String getFaultingModule();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashCluster#getFaultingModule <em>Faulting Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Faulting Module</em>' attribute.
	 * @see #getFaultingModule()
	 * @generated
	 */
	void setFaultingModule(String value);

	/**
	 * Returns the value of the '<em><b>Failure Bucket</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FAILURE_BUCKET_ID the crashes share, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failure Bucket</em>' attribute.
	 * @see #setFailureBucket(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashCluster_FailureBucket()
	 * @model
	 * @generated
	 */
	String getFailureBucket();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashCluster#getFailureBucket <em>Failure Bucket</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Bucket</em>' attribute.
	 * @see #getFailureBucket()
	 * @generated
	 */
	void setFailureBucket(String value);

	/**
	 * Returns the value of the '<em><b>Host Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of distinct hosts that crashed, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Count</em>' attribute.
	 * @see #setHostCount(Long)
	 * @see dev.faultline.model.FaultlinePackage#getCrashCluster_HostCount()
	 * @model
	 * @generated
	 */
	Long getHostCount();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashCluster#getHostCount <em>Host Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Count</em>' attribute.
	 * @see #getHostCount()
	 * @generated
	 */
	void setHostCount(Long value);

} // CrashCluster
