/**
 */
package dev.faultline.model.util;

import dev.faultline.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see dev.faultline.model.FaultlinePackage
 * @generated
 */
public class FaultlineAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static FaultlinePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FaultlineAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = FaultlinePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FaultlineSwitch<Adapter> modelSwitch =
		new FaultlineSwitch<Adapter>() {
			@Override
			public Adapter caseInvestigation(Investigation object) {
				return createInvestigationAdapter();
			}
			@Override
			public Adapter caseFact(Fact object) {
				return createFactAdapter();
			}
			@Override
			public Adapter caseCausalNode(CausalNode object) {
				return createCausalNodeAdapter();
			}
			@Override
			public Adapter caseIncident(Incident object) {
				return createIncidentAdapter();
			}
			@Override
			public Adapter caseHost(Host object) {
				return createHostAdapter();
			}
			@Override
			public Adapter caseHostStateChange(HostStateChange object) {
				return createHostStateChangeAdapter();
			}
			@Override
			public Adapter caseHostGroup(HostGroup object) {
				return createHostGroupAdapter();
			}
			@Override
			public Adapter caseDriver(Driver object) {
				return createDriverAdapter();
			}
			@Override
			public Adapter caseUpdate(Update object) {
				return createUpdateAdapter();
			}
			@Override
			public Adapter caseUpdateFile(UpdateFile object) {
				return createUpdateFileAdapter();
			}
			@Override
			public Adapter caseCrashAnalysis(CrashAnalysis object) {
				return createCrashAnalysisAdapter();
			}
			@Override
			public Adapter caseStackFrame(StackFrame object) {
				return createStackFrameAdapter();
			}
			@Override
			public Adapter caseCrashCluster(CrashCluster object) {
				return createCrashClusterAdapter();
			}
			@Override
			public Adapter caseOutage(Outage object) {
				return createOutageAdapter();
			}
			@Override
			public Adapter caseTimelineEvent(TimelineEvent object) {
				return createTimelineEventAdapter();
			}
			@Override
			public Adapter caseEvidence(Evidence object) {
				return createEvidenceAdapter();
			}
			@Override
			public Adapter caseRecordAnnotation(RecordAnnotation object) {
				return createRecordAnnotationAdapter();
			}
			@Override
			public Adapter caseEvidenceRef(EvidenceRef object) {
				return createEvidenceRefAdapter();
			}
			@Override
			public Adapter caseCausalLink(CausalLink object) {
				return createCausalLinkAdapter();
			}
			@Override
			public Adapter caseRemediation(Remediation object) {
				return createRemediationAdapter();
			}
			@Override
			public Adapter caseRejectedProposal(RejectedProposal object) {
				return createRejectedProposalAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.Investigation <em>Investigation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.Investigation
	 * @generated
	 */
	public Adapter createInvestigationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.Fact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.Fact
	 * @generated
	 */
	public Adapter createFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.CausalNode <em>Causal Node</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.CausalNode
	 * @generated
	 */
	public Adapter createCausalNodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.Incident <em>Incident</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.Incident
	 * @generated
	 */
	public Adapter createIncidentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.Host
	 * @generated
	 */
	public Adapter createHostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.HostStateChange <em>Host State Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.HostStateChange
	 * @generated
	 */
	public Adapter createHostStateChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.HostGroup <em>Host Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.HostGroup
	 * @generated
	 */
	public Adapter createHostGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.Driver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.Driver
	 * @generated
	 */
	public Adapter createDriverAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.Update <em>Update</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.Update
	 * @generated
	 */
	public Adapter createUpdateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.UpdateFile <em>Update File</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.UpdateFile
	 * @generated
	 */
	public Adapter createUpdateFileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.CrashAnalysis <em>Crash Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.CrashAnalysis
	 * @generated
	 */
	public Adapter createCrashAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.StackFrame <em>Stack Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.StackFrame
	 * @generated
	 */
	public Adapter createStackFrameAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.CrashCluster <em>Crash Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.CrashCluster
	 * @generated
	 */
	public Adapter createCrashClusterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.Outage <em>Outage</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.Outage
	 * @generated
	 */
	public Adapter createOutageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.TimelineEvent <em>Timeline Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.TimelineEvent
	 * @generated
	 */
	public Adapter createTimelineEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.Evidence
	 * @generated
	 */
	public Adapter createEvidenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.RecordAnnotation <em>Record Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.RecordAnnotation
	 * @generated
	 */
	public Adapter createRecordAnnotationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.EvidenceRef <em>Evidence Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.EvidenceRef
	 * @generated
	 */
	public Adapter createEvidenceRefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.CausalLink <em>Causal Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.CausalLink
	 * @generated
	 */
	public Adapter createCausalLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.Remediation <em>Remediation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.Remediation
	 * @generated
	 */
	public Adapter createRemediationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.faultline.model.RejectedProposal <em>Rejected Proposal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.faultline.model.RejectedProposal
	 * @generated
	 */
	public Adapter createRejectedProposalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //FaultlineAdapterFactory
