/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.*;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FaultlineFactoryImpl extends EFactoryImpl implements FaultlineFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FaultlineFactory init() {
		try {
			FaultlineFactory theFaultlineFactory = (FaultlineFactory)EPackage.Registry.INSTANCE.getEFactory(FaultlinePackage.eNS_URI);
			if (theFaultlineFactory != null) {
				return theFaultlineFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FaultlineFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FaultlineFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FaultlinePackage.INVESTIGATION: return createInvestigation();
			case FaultlinePackage.INCIDENT: return createIncident();
			case FaultlinePackage.HOST: return createHost();
			case FaultlinePackage.HOST_STATE_CHANGE: return createHostStateChange();
			case FaultlinePackage.HOST_GROUP: return createHostGroup();
			case FaultlinePackage.DRIVER: return createDriver();
			case FaultlinePackage.UPDATE: return createUpdate();
			case FaultlinePackage.UPDATE_FILE: return createUpdateFile();
			case FaultlinePackage.CRASH_ANALYSIS: return createCrashAnalysis();
			case FaultlinePackage.STACK_FRAME: return createStackFrame();
			case FaultlinePackage.CRASH_CLUSTER: return createCrashCluster();
			case FaultlinePackage.OUTAGE: return createOutage();
			case FaultlinePackage.TIMELINE_EVENT: return createTimelineEvent();
			case FaultlinePackage.EVIDENCE: return createEvidence();
			case FaultlinePackage.RECORD_ANNOTATION: return createRecordAnnotation();
			case FaultlinePackage.EVIDENCE_REF: return createEvidenceRef();
			case FaultlinePackage.CAUSAL_LINK: return createCausalLink();
			case FaultlinePackage.REMEDIATION: return createRemediation();
			case FaultlinePackage.REJECTED_PROPOSAL: return createRejectedProposal();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FaultlinePackage.INVESTIGATION_STATUS:
				return createInvestigationStatusFromString(eDataType, initialValue);
			case FaultlinePackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case FaultlinePackage.HOST_STATE:
				return createHostStateFromString(eDataType, initialValue);
			case FaultlinePackage.DRIVER_TYPE:
				return createDriverTypeFromString(eDataType, initialValue);
			case FaultlinePackage.START_MODE:
				return createStartModeFromString(eDataType, initialValue);
			case FaultlinePackage.UPDATE_KIND:
				return createUpdateKindFromString(eDataType, initialValue);
			case FaultlinePackage.RELATION_KIND:
				return createRelationKindFromString(eDataType, initialValue);
			case FaultlinePackage.CONFIDENCE:
				return createConfidenceFromString(eDataType, initialValue);
			case FaultlinePackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FaultlinePackage.INVESTIGATION_STATUS:
				return convertInvestigationStatusToString(eDataType, instanceValue);
			case FaultlinePackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case FaultlinePackage.HOST_STATE:
				return convertHostStateToString(eDataType, instanceValue);
			case FaultlinePackage.DRIVER_TYPE:
				return convertDriverTypeToString(eDataType, instanceValue);
			case FaultlinePackage.START_MODE:
				return convertStartModeToString(eDataType, instanceValue);
			case FaultlinePackage.UPDATE_KIND:
				return convertUpdateKindToString(eDataType, instanceValue);
			case FaultlinePackage.RELATION_KIND:
				return convertRelationKindToString(eDataType, instanceValue);
			case FaultlinePackage.CONFIDENCE:
				return convertConfidenceToString(eDataType, instanceValue);
			case FaultlinePackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Investigation createInvestigation() {
		InvestigationImpl investigation = new InvestigationImpl();
		return investigation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Incident createIncident() {
		IncidentImpl incident = new IncidentImpl();
		return incident;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host createHost() {
		HostImpl host = new HostImpl();
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostStateChange createHostStateChange() {
		HostStateChangeImpl hostStateChange = new HostStateChangeImpl();
		return hostStateChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostGroup createHostGroup() {
		HostGroupImpl hostGroup = new HostGroupImpl();
		return hostGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Driver createDriver() {
		DriverImpl driver = new DriverImpl();
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Update createUpdate() {
		UpdateImpl update = new UpdateImpl();
		return update;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateFile createUpdateFile() {
		UpdateFileImpl updateFile = new UpdateFileImpl();
		return updateFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrashAnalysis createCrashAnalysis() {
		CrashAnalysisImpl crashAnalysis = new CrashAnalysisImpl();
		return crashAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StackFrame createStackFrame() {
		StackFrameImpl stackFrame = new StackFrameImpl();
		return stackFrame;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrashCluster createCrashCluster() {
		CrashClusterImpl crashCluster = new CrashClusterImpl();
		return crashCluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outage createOutage() {
		OutageImpl outage = new OutageImpl();
		return outage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimelineEvent createTimelineEvent() {
		TimelineEventImpl timelineEvent = new TimelineEventImpl();
		return timelineEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evidence createEvidence() {
		EvidenceImpl evidence = new EvidenceImpl();
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecordAnnotation createRecordAnnotation() {
		RecordAnnotationImpl recordAnnotation = new RecordAnnotationImpl();
		return recordAnnotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceRef createEvidenceRef() {
		EvidenceRefImpl evidenceRef = new EvidenceRefImpl();
		return evidenceRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CausalLink createCausalLink() {
		CausalLinkImpl causalLink = new CausalLinkImpl();
		return causalLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Remediation createRemediation() {
		RemediationImpl remediation = new RemediationImpl();
		return remediation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RejectedProposal createRejectedProposal() {
		RejectedProposalImpl rejectedProposal = new RejectedProposalImpl();
		return rejectedProposal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InvestigationStatus createInvestigationStatusFromString(EDataType eDataType, String initialValue) {
		InvestigationStatus result = InvestigationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInvestigationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HostState createHostStateFromString(EDataType eDataType, String initialValue) {
		HostState result = HostState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHostStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DriverType createDriverTypeFromString(EDataType eDataType, String initialValue) {
		DriverType result = DriverType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDriverTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StartMode createStartModeFromString(EDataType eDataType, String initialValue) {
		StartMode result = StartMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStartModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpdateKind createUpdateKindFromString(EDataType eDataType, String initialValue) {
		UpdateKind result = UpdateKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUpdateKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelationKind createRelationKindFromString(EDataType eDataType, String initialValue) {
		RelationKind result = RelationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Confidence createConfidenceFromString(EDataType eDataType, String initialValue) {
		Confidence result = Confidence.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConfidenceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null ? null : java.time.Instant.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return convertInstant((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FaultlinePackage getFaultlinePackage() {
		return (FaultlinePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FaultlinePackage getPackage() {
		return FaultlinePackage.eINSTANCE;
	}

} //FaultlineFactoryImpl
