/**
 */
package dev.faultline.model.util;

import dev.faultline.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see dev.faultline.model.FaultlinePackage
 * @generated
 */
public class FaultlineSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static FaultlinePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FaultlineSwitch() {
		if (modelPackage == null) {
			modelPackage = FaultlinePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case FaultlinePackage.INVESTIGATION: {
				Investigation investigation = (Investigation)theEObject;
				T result = caseInvestigation(investigation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.FACT: {
				Fact fact = (Fact)theEObject;
				T result = caseFact(fact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.CAUSAL_NODE: {
				CausalNode causalNode = (CausalNode)theEObject;
				T result = caseCausalNode(causalNode);
				if (result == null) result = caseFact(causalNode);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.INCIDENT: {
				Incident incident = (Incident)theEObject;
				T result = caseIncident(incident);
				if (result == null) result = caseFact(incident);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.HOST: {
				Host host = (Host)theEObject;
				T result = caseHost(host);
				if (result == null) result = caseCausalNode(host);
				if (result == null) result = caseFact(host);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.HOST_STATE_CHANGE: {
				HostStateChange hostStateChange = (HostStateChange)theEObject;
				T result = caseHostStateChange(hostStateChange);
				if (result == null) result = caseFact(hostStateChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.HOST_GROUP: {
				HostGroup hostGroup = (HostGroup)theEObject;
				T result = caseHostGroup(hostGroup);
				if (result == null) result = caseCausalNode(hostGroup);
				if (result == null) result = caseFact(hostGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.DRIVER: {
				Driver driver = (Driver)theEObject;
				T result = caseDriver(driver);
				if (result == null) result = caseCausalNode(driver);
				if (result == null) result = caseFact(driver);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.UPDATE: {
				Update update = (Update)theEObject;
				T result = caseUpdate(update);
				if (result == null) result = caseCausalNode(update);
				if (result == null) result = caseFact(update);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.UPDATE_FILE: {
				UpdateFile updateFile = (UpdateFile)theEObject;
				T result = caseUpdateFile(updateFile);
				if (result == null) result = caseFact(updateFile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.CRASH_ANALYSIS: {
				CrashAnalysis crashAnalysis = (CrashAnalysis)theEObject;
				T result = caseCrashAnalysis(crashAnalysis);
				if (result == null) result = caseCausalNode(crashAnalysis);
				if (result == null) result = caseFact(crashAnalysis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.STACK_FRAME: {
				StackFrame stackFrame = (StackFrame)theEObject;
				T result = caseStackFrame(stackFrame);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.CRASH_CLUSTER: {
				CrashCluster crashCluster = (CrashCluster)theEObject;
				T result = caseCrashCluster(crashCluster);
				if (result == null) result = caseCausalNode(crashCluster);
				if (result == null) result = caseFact(crashCluster);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.OUTAGE: {
				Outage outage = (Outage)theEObject;
				T result = caseOutage(outage);
				if (result == null) result = caseCausalNode(outage);
				if (result == null) result = caseFact(outage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.TIMELINE_EVENT: {
				TimelineEvent timelineEvent = (TimelineEvent)theEObject;
				T result = caseTimelineEvent(timelineEvent);
				if (result == null) result = caseCausalNode(timelineEvent);
				if (result == null) result = caseFact(timelineEvent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.EVIDENCE: {
				Evidence evidence = (Evidence)theEObject;
				T result = caseEvidence(evidence);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.RECORD_ANNOTATION: {
				RecordAnnotation recordAnnotation = (RecordAnnotation)theEObject;
				T result = caseRecordAnnotation(recordAnnotation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.EVIDENCE_REF: {
				EvidenceRef evidenceRef = (EvidenceRef)theEObject;
				T result = caseEvidenceRef(evidenceRef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.CAUSAL_LINK: {
				CausalLink causalLink = (CausalLink)theEObject;
				T result = caseCausalLink(causalLink);
				if (result == null) result = caseFact(causalLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.REMEDIATION: {
				Remediation remediation = (Remediation)theEObject;
				T result = caseRemediation(remediation);
				if (result == null) result = caseFact(remediation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FaultlinePackage.REJECTED_PROPOSAL: {
				RejectedProposal rejectedProposal = (RejectedProposal)theEObject;
				T result = caseRejectedProposal(rejectedProposal);
				if (result == null) result = caseFact(rejectedProposal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Investigation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Investigation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInvestigation(Investigation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFact(Fact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Causal Node</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Causal Node</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCausalNode(CausalNode object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Incident</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Incident</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIncident(Incident object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Host</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Host</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHost(Host object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Host State Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Host State Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHostStateChange(HostStateChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Host Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Host Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHostGroup(HostGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Driver</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Driver</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDriver(Driver object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Update</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Update</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUpdate(Update object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Update File</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Update File</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUpdateFile(UpdateFile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Crash Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Crash Analysis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCrashAnalysis(CrashAnalysis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stack Frame</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stack Frame</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStackFrame(StackFrame object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Crash Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Crash Cluster</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCrashCluster(CrashCluster object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Outage</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Outage</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutage(Outage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Timeline Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Timeline Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTimelineEvent(TimelineEvent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evidence</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evidence</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvidence(Evidence object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Record Annotation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Record Annotation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecordAnnotation(RecordAnnotation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evidence Ref</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evidence Ref</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvidenceRef(EvidenceRef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Causal Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Causal Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCausalLink(CausalLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Remediation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Remediation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRemediation(Remediation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rejected Proposal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rejected Proposal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRejectedProposal(RejectedProposal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //FaultlineSwitch
