/**
 */
package dev.faultline.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Crash Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One WinDbg !analyze -v result.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getHost <em>Host</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getTime <em>Time</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getBugcheckCode <em>Bugcheck Code</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getBugcheckName <em>Bugcheck Name</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getParameter1 <em>Parameter1</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getParameter2 <em>Parameter2</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getParameter3 <em>Parameter3</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getParameter4 <em>Parameter4</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getFaultingModule <em>Faulting Module</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getImageName <em>Image Name</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getProcessName <em>Process Name</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getFailureBucket <em>Failure Bucket</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getSymbolName <em>Symbol Name</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getOsBuild <em>Os Build</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getFrames <em>Frames</em>}</li>
 *   <li>{@link dev.faultline.model.CrashAnalysis#getCluster <em>Cluster</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis()
 * @model
 * @generated
 */
public interface CrashAnalysis extends CausalNode {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host that crashed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(Host)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_Host()
	 * @model
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the crash happened (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_Time()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getTime();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Instant value);

	/**
	 * Returns the value of the '<em><b>Bugcheck Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bugcheck code in hex, e.g. 0x50.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bugcheck Code</em>' attribute.
	 * @see #setBugcheckCode(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_BugcheckCode()
	 * @model
	 * @generated
	 */
	String getBugcheckCode();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getBugcheckCode <em>Bugcheck Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bugcheck Code</em>' attribute.
	 * @see #getBugcheckCode()
	 * @generated
	 */
	void setBugcheckCode(String value);

	/**
	 * Returns the value of the '<em><b>Bugcheck Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bugcheck name, e.g. PAGE_FAULT_IN_NONPAGED_AREA.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bugcheck Name</em>' attribute.
	 * @see #setBugcheckName(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_BugcheckName()
	 * @model
	 * @generated
	 */
	String getBugcheckName();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getBugcheckName <em>Bugcheck Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bugcheck Name</em>' attribute.
	 * @see #getBugcheckName()
	 * @generated
	 */
	void setBugcheckName(String value);

	/**
	 * Returns the value of the '<em><b>Parameter1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bugcheck parameter 1 (hex).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameter1</em>' attribute.
	 * @see #setParameter1(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_Parameter1()
	 * @model
	 * @generated
	 */
	String getParameter1();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getParameter1 <em>Parameter1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter1</em>' attribute.
	 * @see #getParameter1()
	 * @generated
	 */
	void setParameter1(String value);

	/**
	 * Returns the value of the '<em><b>Parameter2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bugcheck parameter 2 (hex).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameter2</em>' attribute.
	 * @see #setParameter2(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_Parameter2()
	 * @model
	 * @generated
	 */
	String getParameter2();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getParameter2 <em>Parameter2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter2</em>' attribute.
	 * @see #getParameter2()
	 * @generated
	 */
	void setParameter2(String value);

	/**
	 * Returns the value of the '<em><b>Parameter3</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bugcheck parameter 3 (hex).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameter3</em>' attribute.
	 * @see #setParameter3(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_Parameter3()
	 * @model
	 * @generated
	 */
	String getParameter3();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getParameter3 <em>Parameter3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter3</em>' attribute.
	 * @see #getParameter3()
	 * @generated
	 */
	void setParameter3(String value);

	/**
	 * Returns the value of the '<em><b>Parameter4</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bugcheck parameter 4 (hex).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameter4</em>' attribute.
	 * @see #setParameter4(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_Parameter4()
	 * @model
	 * @generated
	 */
	String getParameter4();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getParameter4 <em>Parameter4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter4</em>' attribute.
	 * @see #getParameter4()
	 * @generated
	 */
	void setParameter4(String value);

	/**
	 * Returns the value of the '<em><b>Faulting Module</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MODULE_NAME.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Faulting Module</em>' attribute.
	 * @see #setFaultingModule(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_FaultingModule()
	 * @model
	 * @generated
	 */
	String getFaultingModule();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getFaultingModule <em>Faulting Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Faulting Module</em>' attribute.
	 * @see #getFaultingModule()
	 * @generated
	 */
	void setFaultingModule(String value);

	/**
	 * Returns the value of the '<em><b>Image Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IMAGE_NAME.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Image Name</em>' attribute.
	 * @see #setImageName(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_ImageName()
	 * @model
	 * @generated
	 */
	String getImageName();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getImageName <em>Image Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Name</em>' attribute.
	 * @see #getImageName()
	 * @generated
	 */
	void setImageName(String value);

	/**
	 * Returns the value of the '<em><b>Process Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PROCESS_NAME.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Process Name</em>' attribute.
	 * @see #setProcessName(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_ProcessName()
	 * @model
	 * @generated
	 */
	String getProcessName();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getProcessName <em>Process Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process Name</em>' attribute.
	 * @see #getProcessName()
	 * @generated
	 */
	void setProcessName(String value);

	/**
	 * Returns the value of the '<em><b>Failure Bucket</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FAILURE_BUCKET_ID.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failure Bucket</em>' attribute.
	 * @see #setFailureBucket(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_FailureBucket()
	 * @model
	 * @generated
	 */
	String getFailureBucket();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getFailureBucket <em>Failure Bucket</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Bucket</em>' attribute.
	 * @see #getFailureBucket()
	 * @generated
	 */
	void setFailureBucket(String value);

	/**
	 * Returns the value of the '<em><b>Symbol Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SYMBOL_NAME.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Symbol Name</em>' attribute.
	 * @see #setSymbolName(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_SymbolName()
	 * @model
	 * @generated
	 */
	String getSymbolName();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getSymbolName <em>Symbol Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symbol Name</em>' attribute.
	 * @see #getSymbolName()
	 * @generated
	 */
	void setSymbolName(String value);

	/**
	 * Returns the value of the '<em><b>Os Build</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OS build of the crashed system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Os Build</em>' attribute.
	 * @see #setOsBuild(String)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_OsBuild()
	 * @model
	 * @generated
	 */
	String getOsBuild();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getOsBuild <em>Os Build</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os Build</em>' attribute.
	 * @see #getOsBuild()
	 * @generated
	 */
	void setOsBuild(String value);

	/**
	 * Returns the value of the '<em><b>Frames</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.StackFrame}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * STACK_TEXT frames, innermost first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frames</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_Frames()
	 * @model containment="true"
	 * @generated
	 */
	EList<StackFrame> getFrames();

	/**
	 * Returns the value of the '<em><b>Cluster</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link dev.faultline.model.CrashCluster#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The crash cluster this analysis belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cluster</em>' reference.
	 * @see #setCluster(CrashCluster)
	 * @see dev.faultline.model.FaultlinePackage#getCrashAnalysis_Cluster()
	 * @see dev.faultline.model.CrashCluster#getMembers
	 * @model opposite="members"
	 * @generated
	 */
	CrashCluster getCluster();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CrashAnalysis#getCluster <em>Cluster</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster</em>' reference.
	 * @see #getCluster()
	 * @generated
	 */
	void setCluster(CrashCluster value);

} // CrashAnalysis
