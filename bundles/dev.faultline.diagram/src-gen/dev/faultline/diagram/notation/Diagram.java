/**
 */
package dev.faultline.diagram.notation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One diagram, stored as one file under diagrams/ in the investigation folder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.diagram.notation.Diagram#getName <em>Name</em>}</li>
 *   <li>{@link dev.faultline.diagram.notation.Diagram#getNodes <em>Nodes</em>}</li>
 *   <li>{@link dev.faultline.diagram.notation.Diagram#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see dev.faultline.diagram.notation.NotationPackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the diagram (also its file name without extension).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.faultline.diagram.notation.NotationPackage#getDiagram_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.faultline.diagram.notation.Diagram#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.diagram.notation.DiagramNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The facts drawn as boxes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see dev.faultline.diagram.notation.NotationPackage#getDiagram_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramNode> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.diagram.notation.DiagramEdge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The links drawn as arrows between boxes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see dev.faultline.diagram.notation.NotationPackage#getDiagram_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramEdge> getEdges();

} // Diagram
