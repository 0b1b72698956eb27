/**
 */
package dev.faultline.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see dev.faultline.model.FaultlinePackage
 * @generated
 */
public interface FaultlineFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FaultlineFactory eINSTANCE = dev.faultline.model.impl.FaultlineFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Investigation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Investigation</em>'.
	 * @generated
	 */
	Investigation createInvestigation();

	/**
	 * Returns a new object of class '<em>Incident</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Incident</em>'.
	 * @generated
	 */
	Incident createIncident();

	/**
	 * Returns a new object of class '<em>Host</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Host</em>'.
	 * @generated
	 */
	Host createHost();

	/**
	 * Returns a new object of class '<em>Host State Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Host State Change</em>'.
	 * @generated
	 */
	HostStateChange createHostStateChange();

	/**
	 * Returns a new object of class '<em>Host Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Host Group</em>'.
	 * @generated
	 */
	HostGroup createHostGroup();

	/**
	 * Returns a new object of class '<em>Driver</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Driver</em>'.
	 * @generated
	 */
	Driver createDriver();

	/**
	 * Returns a new object of class '<em>Update</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Update</em>'.
	 * @generated
	 */
	Update createUpdate();

	/**
	 * Returns a new object of class '<em>Update File</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Update File</em>'.
	 * @generated
	 */
	UpdateFile createUpdateFile();

	/**
	 * Returns a new object of class '<em>Crash Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Crash Analysis</em>'.
	 * @generated
	 */
	CrashAnalysis createCrashAnalysis();

	/**
	 * Returns a new object of class '<em>Stack Frame</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stack Frame</em>'.
	 * @generated
	 */
	StackFrame createStackFrame();

	/**
	 * Returns a new object of class '<em>Crash Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Crash Cluster</em>'.
	 * @generated
	 */
	CrashCluster createCrashCluster();

	/**
	 * Returns a new object of class '<em>Outage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Outage</em>'.
	 * @generated
	 */
	Outage createOutage();

	/**
	 * Returns a new object of class '<em>Timeline Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Timeline Event</em>'.
	 * @generated
	 */
	TimelineEvent createTimelineEvent();

	/**
	 * Returns a new object of class '<em>Evidence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evidence</em>'.
	 * @generated
	 */
	Evidence createEvidence();

	/**
	 * Returns a new object of class '<em>Record Annotation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Record Annotation</em>'.
	 * @generated
	 */
	RecordAnnotation createRecordAnnotation();

	/**
	 * Returns a new object of class '<em>Evidence Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evidence Ref</em>'.
	 * @generated
	 */
	EvidenceRef createEvidenceRef();

	/**
	 * Returns a new object of class '<em>Causal Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Causal Link</em>'.
	 * @generated
	 */
	CausalLink createCausalLink();

	/**
	 * Returns a new object of class '<em>Remediation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Remediation</em>'.
	 * @generated
	 */
	Remediation createRemediation();

	/**
	 * Returns a new object of class '<em>Rejected Proposal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rejected Proposal</em>'.
	 * @generated
	 */
	RejectedProposal createRejectedProposal();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	FaultlinePackage getFaultlinePackage();

} //FaultlineFactory
