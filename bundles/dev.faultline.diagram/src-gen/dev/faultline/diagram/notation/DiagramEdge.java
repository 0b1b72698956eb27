/**
 */
package dev.faultline.diagram.notation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An arrow between two boxes: a causal link of the investigation, or (without linkId) a reference between two facts such as a remediation's host group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.diagram.notation.DiagramEdge#getLinkId <em>Link Id</em>}</li>
 *   <li>{@link dev.faultline.diagram.notation.DiagramEdge#getFeature <em>Feature</em>}</li>
 *   <li>{@link dev.faultline.diagram.notation.DiagramEdge#getSource <em>Source</em>}</li>
 *   <li>{@link dev.faultline.diagram.notation.DiagramEdge#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.faultline.diagram.notation.DiagramEdge#getBendpoints <em>Bendpoints</em>}</li>
 * </ul>
 *
 * @see dev.faultline.diagram.notation.NotationPackage#getDiagramEdge()
 * @model
 * @generated
 */
public interface DiagramEdge extends EObject {
	/**
	 * Returns the value of the '<em><b>Link Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xmi:id of the CausalLink in investigation.xmi; empty for a reference edge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Link Id</em>' attribute.
	 * @see #setLinkId(String)
	 * @see dev.faultline.diagram.notation.NotationPackage#getDiagramEdge_LinkId()
	 * @model
	 * @generated
	 */
	String getLinkId();

	/**
	 * Sets the value of the '{@link dev.faultline.diagram.notation.DiagramEdge#getLinkId <em>Link Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link Id</em>' attribute.
	 * @see #getLinkId()
	 * @generated
	 */
	void setLinkId(String value);

	/**
	 * Returns the value of the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a reference edge: the name of the source fact's reference that holds the target fact (e.g. groups).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature</em>' attribute.
	 * @see #setFeature(String)
	 * @see dev.faultline.diagram.notation.NotationPackage#getDiagramEdge_Feature()
	 * @model
	 * @generated
	 */
	String getFeature();

	/**
	 * Sets the value of the '{@link dev.faultline.diagram.notation.DiagramEdge#getFeature <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature</em>' attribute.
	 * @see #getFeature()
	 * @generated
	 */
	void setFeature(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The box the arrow starts at (the cause).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(DiagramNode)
	 * @see dev.faultline.diagram.notation.NotationPackage#getDiagramEdge_Source()
	 * @model
	 * @generated
	 */
	DiagramNode getSource();

	/**
	 * Sets the value of the '{@link dev.faultline.diagram.notation.DiagramEdge#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(DiagramNode value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The box the arrow points to (the effect).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(DiagramNode)
	 * @see dev.faultline.diagram.notation.NotationPackage#getDiagramEdge_Target()
	 * @model
	 * @generated
	 */
	DiagramNode getTarget();

	/**
	 * Sets the value of the '{@link dev.faultline.diagram.notation.DiagramEdge#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(DiagramNode value);

	/**
	 * Returns the value of the '<em><b>Bendpoints</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.diagram.notation.Bendpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points the arrow passes through, from source to target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bendpoints</em>' containment reference list.
	 * @see dev.faultline.diagram.notation.NotationPackage#getDiagramEdge_Bendpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Bendpoint> getBendpoints();

} // DiagramEdge
